import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import { Config } from '@backstage/config';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { resolveMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createMlopsMaturityFactRetriever } from './factRetriever/createMlopsMaturityFactRetriever';
import {
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityFactSchema,
} from './factRetriever/factSchema';
import { resolveFactSchemaVersion } from './factRetriever/resolveFactSchemaVersion';

const EXCLUDE_KEY = 'mlopsMaturity.techInsights.excludeEntities';

/**
 * The exclusion filters of the config, in the catalog API's filter form: each
 * entry a field and the values that exclude (any of them), or, without
 * values, the field being present.
 */
function readExcludeEntities(config: Config): EntityFilterQuery | undefined {
  const entries = config.getOptionalConfigArray(EXCLUDE_KEY);
  if (!entries) return undefined;
  return entries.map((entry, index) => {
    const field = entry.getString('field');
    if (!field.trim()) {
      throw new Error(`${EXCLUDE_KEY}[${index}].field must not be empty`);
    }
    const values = entry.getOptionalStringArray('values');
    if (values && values.length === 0) {
      throw new Error(
        `${EXCLUDE_KEY}[${index}].values is empty: leave it out to exclude every entity that has ${field}`,
      );
    }
    return { [field]: values ?? CATALOG_FILTER_EXISTS };
  });
}

/**
 * The Tech Insights backend module that adds the MLOps maturity fact
 * retriever (`mlopsMaturityFactRetriever`) to the tech-insights plugin.
 *
 * @public
 */
export const techInsightsModuleMlopsMaturity = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'mlops-maturity',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        retrievers: techInsightsFactRetrieversExtensionPoint,
      },
      async init({ config, logger, database, retrievers }) {
        // The schema is fixed when tech-insights starts, before the
        // mlops-maturity API serves: take the model from the same app-config
        // the mlops-maturity plugin resolves it from.
        const model = resolveMaturityModel(
          config.getOptional('mlopsMaturity.model'),
        );
        const version = await resolveFactSchemaVersion({
          knex: await database.getClient(),
          retrieverId: MLOPS_MATURITY_FACT_RETRIEVER_ID,
          schema: mlopsMaturityFactSchema(model),
        });
        retrievers.addFactRetrievers({
          [MLOPS_MATURITY_FACT_RETRIEVER_ID]: createMlopsMaturityFactRetriever({
            model,
            version,
            excludeEntities: readExcludeEntities(config),
            database,
          }),
        });
        const key = `techInsights.factRetrievers.${MLOPS_MATURITY_FACT_RETRIEVER_ID}`;
        if (!config.has(key)) {
          logger.warn(
            `The MLOps maturity fact retriever is not scheduled: tech-insights runs only the retrievers configured under ${key} (with a cadence, e.g. cadence: '0 */6 * * *')`,
          );
        }
      },
    });
  },
});
