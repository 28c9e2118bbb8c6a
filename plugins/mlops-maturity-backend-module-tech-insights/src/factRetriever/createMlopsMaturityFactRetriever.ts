import {
  FactRetriever,
  FactRetrieverContext,
  TechInsightFact,
} from '@backstage-community/plugin-tech-insights-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  CurrentAssessment,
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { CatalogClient, EntityFilterQuery } from '@backstage/catalog-client';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import {
  dimensionAverageFactName,
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityFactSchema,
} from './factSchema';
import { MlopsMaturityApiReader } from './MlopsMaturityApiReader';
import { deleteWithdrawnFacts } from './withdrawnFacts';

/** Current assessments fetched at once; the API serves each from one row. */
const ASSESSMENT_CONCURRENCY = 8;

/**
 * Options of {@link createMlopsMaturityFactRetriever}.
 *
 * @public
 */
export interface MlopsMaturityFactRetrieverOptions {
  /** The model whose dimensions get an average fact each. */
  model: MaturityModel;
  /**
   * The semver version Tech Insights stores the schema under: it keeps the
   * first schema stored for a version, so a changed schema needs a higher one.
   */
  version: string;
  /**
   * Catalog filters (the catalog API's `filter` parameter, e.g.
   * `{ 'metadata.annotations.acme.com/confidential': 'true' }`, or
   * `CATALOG_FILTER_EXISTS` for a field that is present): ML services that
   * match any of them get no facts. Tech Insights serves facts to every
   * holder of `tech-insights.fact-retriever.read` without asking the catalog
   * who may read the entity, so list here what your permission policy hides.
   */
  excludeEntities?: EntityFilterQuery;
  /**
   * The tech-insights plugin's database (`coreServices.database` of a
   * tech-insights module). Each run deletes there every row of the
   * retriever's own (`facts` with its id) of the entities it no longer
   * publishes (excluded, no longer ML services, gone from the catalog), so
   * neither their latest facts nor `/facts/range` tell anything of them. It
   * touches no other row or table.
   */
  database: DatabaseService;
}

async function mapWithConcurrency<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, worker),
  );
  return results;
}

/** The target facts of a scorecard row (its target is written by the plugin's catalog sync). */
function targetFacts(row: ScorecardRow): TechInsightFact['facts'] {
  // Rows from a plugin release without targets have the fields undefined.
  const targetLevel = row.targetLevel ?? null;
  const targetMet = targetLevel === null ? null : row.targetMet === true;
  return {
    targetLevel,
    targetMet,
    belowTarget: targetMet === false,
  };
}

/** The evidence facts of a scorecard row (measured by the plugin's catalog sync). */
function evidenceFacts(row: ScorecardRow): TechInsightFact['facts'] {
  // Rows from a plugin release without evidence have the fields undefined.
  return {
    evidenceShare: row.evidenceShare ?? null,
    evidenceSuggestsHigherCount: row.evidenceSuggestsHigherCount ?? null,
  };
}

/** The verified-level facts of a scorecard row (computed by the plugin on submit, review and sync). */
function verifiedFacts(row: ScorecardRow): TechInsightFact['facts'] {
  // Rows from a plugin release without the verified level have the fields undefined.
  const verifiedLevel = row.verifiedLevel ?? null;
  const targetLevel = row.targetLevel ?? null;
  return {
    verifiedLevel,
    verifiedScore: row.verifiedScore ?? null,
    verificationGapCount: row.verificationGapCount ?? null,
    verifiedBelowTarget:
      targetLevel !== null &&
      (verifiedLevel === null || verifiedLevel < targetLevel),
  };
}

function factsOf(
  model: MaturityModel,
  assessment: CurrentAssessment | undefined,
  now: DateTime,
): TechInsightFact['facts'] {
  const averages: Record<string, number | null> = {};
  for (const dimension of model.dimensions) {
    // An assessment pinned to an older model version may lack a dimension.
    averages[dimensionAverageFactName(dimension.id)] =
      assessment?.result.dimensions.find(d => d.dimensionId === dimension.id)
        ?.average ?? null;
  }
  if (!assessment) {
    const none: TechInsightFact['facts'] = {
      assessed: false,
      level: null,
      gatedLevel: null,
      score: null,
      lastAssessedAt: null,
      daysSinceAssessment: null,
      stale: false,
    };
    return { ...none, ...averages };
  }
  const assessedAt = DateTime.fromISO(assessment.createdAt, { zone: 'utc' });
  return {
    assessed: true,
    level: assessment.result.level,
    gatedLevel: assessment.result.gatedLevel,
    score: assessment.result.score,
    lastAssessedAt: assessedAt,
    daysSinceAssessment: Math.max(
      0,
      Math.floor(now.diff(assessedAt, 'days').days),
    ),
    stale: assessment.stale,
    ...averages,
  };
}

/** The refs of the entities the exclusion filters match, read from the catalog page by page. */
async function excludedRefs(
  filter: EntityFilterQuery,
  discovery: FactRetrieverContext['discovery'],
  auth: FactRetrieverContext['auth'],
): Promise<Set<string>> {
  const catalog = new CatalogClient({ discoveryApi: discovery });
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'catalog',
  });
  const refs = new Set<string>();
  let cursor: string | undefined;
  do {
    const fields = ['kind', 'metadata.namespace', 'metadata.name'];
    const page = await catalog.queryEntities(
      cursor ? { cursor, fields, limit: 500 } : { filter, fields, limit: 500 },
      { token },
    );
    for (const entity of page.items) {
      refs.add(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
    }
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return refs;
}

/**
 * A Tech Insights fact retriever that publishes, per ML service of the
 * mlops-maturity scorecard, its maturity level, score, gated level, how
 * recent its assessment is and each dimension's average. It reads the
 * mlops-maturity plugin's HTTP API with the tech-insights plugin's service
 * credentials; unassessed services get facts too (`assessed: false`).
 *
 * @public
 */
export function createMlopsMaturityFactRetriever(
  options: MlopsMaturityFactRetrieverOptions,
): FactRetriever {
  const { model, version } = options;
  return {
    id: MLOPS_MATURITY_FACT_RETRIEVER_ID,
    version,
    title: 'MLOps maturity',
    description:
      'MLOps maturity level, score, gated level, assessment age, target, evidence-backed share, verified level and dimension averages of each ML service',
    schema: mlopsMaturityFactSchema(model),
    async handler({ discovery, auth, logger }) {
      const reader = new MlopsMaturityApiReader({ discovery, auth });
      const excluded = options.excludeEntities
        ? await excludedRefs(options.excludeEntities, discovery, auth)
        : new Set<string>();
      const rows = (await reader.listScorecardRows()).filter(
        row => !excluded.has(row.entityRef.toLocaleLowerCase('en-US')),
      );
      const knex = await options.database.getClient();
      // SQLite's default time of a fact is a text Tech Insights cannot read
      // back (its API answers null), so the retriever gives it there. MySQL
      // refuses the ISO time Tech Insights would write, so elsewhere the
      // database's own default (the time of insertion) stands.
      const stampFacts = /sqlite/i.test(String(knex.client.config.client));
      const now = DateTime.utc();
      const read = await mapWithConcurrency(
        rows,
        ASSESSMENT_CONCURRENCY,
        async (row: ScorecardRow): Promise<TechInsightFact | undefined> => {
          const entity = {
            kind: row.kind,
            namespace: row.namespace,
            name: row.name,
          };
          // The scorecard row says whether there is anything to fetch; the
          // assessment itself carries the numbers and the averages together.
          const assessment = row.assessed
            ? await reader.getCurrentAssessment(entity)
            : undefined;
          // Left the catalog since the listing: no facts, as for any entity
          // that is not an ML service (the next run no longer lists it).
          if (assessment === null) return undefined;
          return {
            entity,
            ...(stampFacts && { timestamp: now }),
            facts: {
              ...factsOf(model, assessment, now),
              ...targetFacts(row),
              ...evidenceFacts(row),
              ...verifiedFacts(row),
            },
          };
        },
      );
      const facts = read.filter((f): f is TechInsightFact => f !== undefined);
      // Only once every read has succeeded: a run that fails changes nothing.
      const withdrawn = await deleteWithdrawnFacts({
        knex,
        retrieverId: MLOPS_MATURITY_FACT_RETRIEVER_ID,
        published: facts,
      });
      logger.info(
        `Read the MLOps maturity of ${rows.length} ML services, ${
          facts.filter(f => f.facts.assessed).length
        } of them assessed${
          excluded.size > 0
            ? `; ${excluded.size} catalog entities are excluded (mlopsMaturity.techInsights.excludeEntities)`
            : ''
        }${
          withdrawn > 0
            ? `; deleted the facts of ${withdrawn} entities that are no longer published`
            : ''
        }`,
      );
      return facts;
    },
  };
}
