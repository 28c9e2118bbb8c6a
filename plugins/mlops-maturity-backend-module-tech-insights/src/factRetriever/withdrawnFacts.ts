import { DatabaseService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** How many entities one DELETE names, well under every database's limit on bound values. */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Deletes every row the retriever stored, in the `facts` table of the
 * tech-insights database, for each entity not in `published`: an ML service
 * that is now excluded, no longer an ML service, or gone from the catalog.
 * Returns how many entities lost their rows.
 *
 * Tech Insights serves every stored row to every reader, the newest as
 * `/facts/latest` and all of them in `/facts/range`, without asking the
 * catalog; its lifecycle deletes old rows only as new ones come. Deleting
 * the rows leaves nothing of such an entity to read, as if it had never
 * been published. Other retrievers' rows are left alone.
 *
 * One DELETE per `batchSize` entities. Before tech-insights has created the
 * table, there is nothing to delete.
 */
export async function deleteWithdrawnFacts(options: {
  knex: Knex;
  retrieverId: string;
  published: TechInsightFact[];
  batchSize?: number;
}): Promise<number> {
  const { knex, retrieverId, published } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!(await knex.schema.hasTable('facts'))) {
    return 0;
  }
  const stored: Array<{ entity: string }> = await knex('facts')
    .where({ id: retrieverId })
    .distinct('entity');
  // stringifyEntityRef gives the lower-case ref, as tech-insights stores it.
  const current = new Set(published.map(f => stringifyEntityRef(f.entity)));
  const withdrawn = stored
    .map(row => row.entity)
    .filter(ref => !current.has(ref));
  for (let i = 0; i < withdrawn.length; i += batchSize) {
    await knex('facts')
      .where({ id: retrieverId })
      .whereIn('entity', withdrawn.slice(i, i + batchSize))
      .delete();
  }
  return withdrawn.length;
}
