import { mockServices } from '@backstage/backend-test-utils';
// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { initializePersistenceContext } from '@backstage-community/plugin-tech-insights-backend';
import {
  defaultMaturityModel,
  resolveMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityFactSchema,
} from './factSchema';
import { resolveFactSchemaVersion } from './resolveFactSchemaVersion';

const databases = createTestDatabases();

const id = MLOPS_MATURITY_FACT_RETRIEVER_ID;
const defaultSchema = mlopsMaturityFactSchema(defaultMaturityModel);
const withoutMonitoring = mlopsMaturityFactSchema(
  resolveMaturityModel({
    id: 'acme',
    version: '1',
    removeDimensions: ['monitoring-operations'],
    removeQuestions: defaultMaturityModel.questions
      .filter(q => q.dimensionId === 'monitoring-operations')
      .map(q => q.id),
    dimensions: defaultMaturityModel.dimensions
      .filter(d => d.id !== 'monitoring-operations')
      .map((d, i) => ({ id: d.id, weight: i === 0 ? 0.5 : 0.25 })),
    roadmaps: [],
  }),
);

describe('resolveFactSchemaVersion', () => {
  it.each(databases.eachSupportedId())(
    'keeps the version while the schema is the same and moves past the latest when it changes, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const resolve = (schema: typeof defaultSchema) =>
        resolveFactSchemaVersion({ knex, retrieverId: id, schema });

      // Before tech-insights has created its tables.
      expect(await resolve(defaultSchema)).toBe('1.0.0');

      const { techInsightsStore } = await initializePersistenceContext(
        mockServices.database({ knex }),
        { logger: mockServices.logger.mock() },
      );
      const store = (version: string, schema: typeof defaultSchema) =>
        techInsightsStore.insertFactSchema({ id, version, schema });
      expect(await resolve(defaultSchema)).toBe('1.0.0');

      await store('1.0.0', defaultSchema);
      expect(await resolve(defaultSchema)).toBe('1.0.0');
      expect(await resolve(withoutMonitoring)).toBe('1.1.0');

      // Back to the first schema after a change: a new version above the
      // latest, so tech-insights takes it as the current one.
      await store('1.1.0', withoutMonitoring);
      expect(await resolve(withoutMonitoring)).toBe('1.1.0');
      expect(await resolve(defaultSchema)).toBe('1.2.0');
      await store('1.2.0', defaultSchema);
      expect((await techInsightsStore.getLatestSchemas([id]))[0]).toMatchObject(
        { version: '1.2.0', monitoringOperationsAverage: {} },
      );

      await knex.destroy();
    },
  );
});
