import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { initializePersistenceContext } from '@backstage-community/plugin-tech-insights-backend';
import { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
import { withdrawnFacts } from './withdrawnFacts';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const RETRIEVER = 'mlopsMaturityFactRetriever';
const OTHER = 'entityOwnershipFactRetriever';

const entity = (name: string) => ({
  kind: 'component',
  namespace: 'default',
  name,
});

describe('withdrawnFacts', () => {
  it.each(databases.eachSupportedId())(
    'empties the entities with stored values the run no longer publishes, until the lifecycle has dropped those values, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const withdrawn = async (published: string[]) =>
        (
          await withdrawnFacts({
            knex,
            retrieverId: RETRIEVER,
            published: published.map(name => ({
              entity: entity(name),
              facts: { level: 1 },
            })),
          })
        )
          .map(f => ({ name: f.entity.name, facts: f.facts }))
          .sort((a, b) => a.name.localeCompare(b.name));

      // Before tech-insights has created its tables: nothing stored.
      expect(await withdrawn([])).toEqual([]);

      const { techInsightsStore } = await initializePersistenceContext(
        mockServices.database({ knex }),
        { logger: mockServices.logger.mock() },
      );
      for (const id of [RETRIEVER, OTHER]) {
        await techInsightsStore.insertFactSchema({
          id,
          version: '1.0.0',
          schema: { level: { type: 'integer', description: 'A level' } },
        });
      }
      // Stored as the retriever's runs are, with the database's own
      // timestamp (whole seconds on PostgreSQL and MySQL): more than a second
      // apart, so each run's rows are newer than the last.
      const store = async (
        id: string,
        facts: Record<string, TechInsightFact['facts']>,
      ) => {
        await new Promise(resolve => setTimeout(resolve, 1100));
        await techInsightsStore.insertFacts({
          id,
          facts: Object.entries(facts).map(([name, values]) => ({
            entity: entity(name),
            facts: values,
          })),
          lifecycle: { maxItems: 2 },
        });
      };
      await store(RETRIEVER, {
        'still-published': { level: 2 },
        'made-confidential': { level: 3 },
        'Mixed-Case': { level: 4 },
      });
      await store(OTHER, { 'other-retrievers-only': { level: 1 } });

      expect(
        await withdrawn(['still-published', 'made-confidential', 'Mixed-Case']),
      ).toEqual([]);
      expect(await withdrawn(['still-published', 'mixed-case'])).toEqual([
        { name: 'made-confidential', facts: {} },
      ]);

      // One empty row on top: its older row still has values, so again.
      await store(RETRIEVER, {
        'still-published': { level: 2 },
        'made-confidential': {},
      });
      expect(await withdrawn(['still-published'])).toEqual([
        { name: 'made-confidential', facts: {} },
        { name: 'mixed-case', facts: {} },
      ]);

      // A second empty row: maxItems 2 dropped the one with values.
      await store(RETRIEVER, {
        'still-published': { level: 2 },
        'made-confidential': {},
      });
      expect(await withdrawn(['still-published', 'mixed-case'])).toEqual([]);

      await knex.destroy();
    },
  );
});
