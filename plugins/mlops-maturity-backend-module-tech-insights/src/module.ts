import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { resolveMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createMlopsMaturityFactRetriever } from './factRetriever/createMlopsMaturityFactRetriever';
import {
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityFactSchema,
} from './factRetriever/factSchema';
import { resolveFactSchemaVersion } from './factRetriever/resolveFactSchemaVersion';

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
