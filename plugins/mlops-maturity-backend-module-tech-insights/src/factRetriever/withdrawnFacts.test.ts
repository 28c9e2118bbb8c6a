import { mockServices } from '@backstage/backend-test-utils';
import { initializePersistenceContext } from '@backstage-community/plugin-tech-insights-backend';
import { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { deleteWithdrawnFacts } from './withdrawnFacts';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const RETRIEVER = 'mlopsMaturityFactRetriever';
const OTHER = 'entityOwnershipFactRetriever';

const entity = (name: string) => ({
  kind: 'component',
  namespace: 'default',
  name,
});

describe('deleteWithdrawnFacts', () => {
  it.each(databases.eachSupportedId())(
    'deletes every row of the retriever for the entities the run no longer publishes, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const deletes: string[] = [];
      knex.on('query', (q: { sql: string }) => {
        if (/^\s*delete/i.test(q.sql)) deletes.push(q.sql);
      });
      const withdraw = (published: string[], batchSize?: number) =>
        deleteWithdrawnFacts({
          knex,
          retrieverId: RETRIEVER,
          published: published.map(name => ({
            entity: entity(name),
            facts: { level: 1 },
          })),
          batchSize,
        });
      /** The stored rows per retriever, as `retriever entity` lines. */
      const stored = async () =>
        (
          (await knex('facts').select('id', 'entity')) as Array<{
            id: string;
            entity: string;
          }>
        )
          .map(r => `${r.id} ${r.entity}`)
          .sort();

      // Before tech-insights has created its tables: nothing stored.
      expect(await withdraw([])).toBe(0);

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
      // apart, so the second run's rows do not replace the first's.
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
          lifecycle: { maxItems: 5 },
        });
      };
      const RUN = {
        'still-published': { level: 2 },
        'made-confidential': { level: 3 },
        'Mixed-Case': { level: 4 },
        'left-catalog': { level: 1 },
        // An empty set, as earlier versions stored for withdrawn entities.
        'emptied-before': {},
      };
      await store(RETRIEVER, RUN);
      await store(RETRIEVER, RUN);
      await store(OTHER, { 'made-confidential': { level: 1 } });
      const before = await stored();
      expect(before).toHaveLength(11);
      // Only the statements of deleteWithdrawnFacts from here on (the
      // lifecycle of insertFacts deletes too).
      deletes.length = 0;

      // Everything published (the case of a name does not matter): nothing.
      expect(
        await withdraw([
          'still-published',
          'made-confidential',
          'mixed-case',
          'left-catalog',
          'emptied-before',
        ]),
      ).toBe(0);
      expect(await stored()).toEqual(before);
      expect(deletes).toEqual([]);

      // Three entities gone, two to a statement: two statements.
      expect(await withdraw(['still-published', 'MIXED-CASE'], 2)).toBe(3);
      expect(deletes).toHaveLength(2);
      expect(await stored()).toEqual(
        [
          `${OTHER} component:default/made-confidential`,
          ...Array(2).fill(`${RETRIEVER} component:default/mixed-case`),
          ...Array(2).fill(`${RETRIEVER} component:default/still-published`),
        ].sort(),
      );

      // Nothing left of them to delete.
      expect(await withdraw(['still-published', 'mixed-case'])).toBe(0);
      expect(deletes).toHaveLength(2);

      await knex.destroy();
    },
  );
});
