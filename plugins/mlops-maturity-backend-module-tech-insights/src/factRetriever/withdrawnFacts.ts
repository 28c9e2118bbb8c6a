import { DatabaseService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';

type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** How tech-insights stores an empty fact set (`JSON.stringify({})`). */
const EMPTY_FACTS = '{}';

/**
 * An empty fact set for each entity that still has facts with values from the
 * retriever in the tech-insights database but is not in `published`: an ML
 * service that is now excluded, no longer an ML service, or gone from the
 * catalog.
 *
 * Tech Insights keeps fact rows until its lifecycle deletes them and serves
 * an entity's newest row as its latest facts, so an empty row on top makes
 * `/facts/latest` and the checks tell nothing more about the entity. Such an
 * entity gets one on every run while any row with values is left, so with
 * `lifecycle: { maxItems: N }` the empty rows push the older ones out of
 * `/facts/range` within N runs; then it gets no more rows.
 *
 * Reads (never writes) the `facts` table of the tech-insights database;
 * before tech-insights has created it, there is nothing to withdraw.
 */
export async function withdrawnFacts(options: {
  knex: Knex;
  retrieverId: string;
  published: TechInsightFact[];
}): Promise<TechInsightFact[]> {
  const { knex, retrieverId, published } = options;
  if (!(await knex.schema.hasTable('facts'))) {
    return [];
  }
  const stored: Array<{ entity: string }> = await knex('facts')
    .where({ id: retrieverId })
    .whereNot({ facts: EMPTY_FACTS })
    .distinct('entity');
  const current = new Set(published.map(f => stringifyEntityRef(f.entity)));
  return stored
    .filter(row => !current.has(row.entity))
    .map(row => {
      const { kind, namespace, name } = parseEntityRef(row.entity);
      return { entity: { kind, namespace, name }, facts: {} };
    });
}
