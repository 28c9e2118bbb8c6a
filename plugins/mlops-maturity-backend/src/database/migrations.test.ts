import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { MIGRATIONS_DIRECTORY } from './migrateDatabase';
import {
  createTestDatabases,
  expectedDatabaseIds,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const TABLES = [
  'mlops_maturity_models',
  'mlops_maturity_revisions',
  'mlops_maturity_current',
  'mlops_maturity_drafts',
  'mlops_maturity_entities',
  'mlops_maturity_meta',
];

describe('migrations', () => {
  const databases = createTestDatabases();

  it('run on every database CI requires', () => {
    const ids = databases.eachSupportedId().map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(expectedDatabaseIds()));
  });

  it.each(databases.eachSupportedId())(
    'go up and down on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const config = { directory: MIGRATIONS_DIRECTORY };

      await knex.migrate.latest(config);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      // The unique (entity, revision) pair is what makes concurrent writers safe.
      const row = {
        entity_ref: 'component:default/a',
        revision: 1,
        model_id: 'm',
        model_version: '1',
        answers: '{}',
        result: '{}',
        score: 1,
        level: 1,
        gated_level: 1,
        weakest_dimension: 'd',
        author: 'user:default/a',
        created_at: new Date(),
      };
      await knex('mlops_maturity_revisions').insert(row);
      const duplicate = await knex('mlops_maturity_revisions')
        .insert(row)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(isDatabaseConflictError(duplicate)).toBe(true);

      await knex.migrate.rollback(config, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }

      // And up again, as after a downgrade and re-upgrade.
      await knex.migrate.latest(config);
      const [{ n }] = await knex('mlops_maturity_revisions').count({ n: '*' });
      expect(Number(n)).toBe(0);
      await knex.destroy();
    },
  );
});
