import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { MIGRATIONS_DIRECTORY } from './migrateDatabase';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

const TABLES = [
  'mlops_maturity_models',
  'mlops_maturity_revisions',
  'mlops_maturity_current',
  'mlops_maturity_drafts',
  'mlops_maturity_entities',
  'mlops_maturity_meta',
  'mlops_maturity_entity_search',
  'mlops_maturity_departed',
  'mlops_maturity_visibility_sets',
  'mlops_maturity_visible_entities',
  'mlops_maturity_scorecard_version',
  'mlops_maturity_reminder_ledger',
  'mlops_maturity_snapshot_services',
  'mlops_maturity_snapshots',
  'mlops_maturity_reminder_digests',
  'mlops_maturity_answer_reviews',
  'mlops_maturity_review_decisions',
];

describe('migrations', () => {
  const databases = createTestDatabases();

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
        entity_uid: 'uid-a',
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
      // The same ref and revision of another entity (a re-created one) is fine.
      await knex('mlops_maturity_revisions').insert({
        ...row,
        entity_uid: 'uid-b',
      });

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

  it.each(databases.eachSupportedId())(
    'let the database keep the tier the sort by raises to the next level leads with on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
      const service = (
        name: string,
        assessed: number,
        raises: number | null,
      ) => ({
        entity_ref: `component:default/${name}`,
        kind: 'Component',
        namespace: 'default',
        name,
        sort_name: name,
        search_text: name,
        assessed,
        raises_to_next: raises,
      });
      await knex('mlops_maturity_entities').insert([
        service('counted', 1, 3),
        service('top', 1, null),
        service('unassessed', 0, null),
      ]);
      const tiers = async () =>
        (
          await knex('mlops_maturity_entities')
            .orderBy('name')
            .select('name', 'raises_tier')
        ).map(r => [r.name, Number(r.raises_tier)]);
      expect(await tiers()).toEqual([
        ['counted', 0],
        ['top', 1],
        ['unassessed', 2],
      ]);
      // Written by no one but the database: it follows every update.
      await knex('mlops_maturity_entities')
        .where('name', 'counted')
        .update({ raises_to_next: null });
      await knex('mlops_maturity_entities')
        .where('name', 'unassessed')
        .update({ assessed: 1, raises_to_next: 1 });
      expect(await tiers()).toEqual([
        ['counted', 1],
        ['top', 1],
        ['unassessed', 0],
      ]);
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keep one snapshot per service and day on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
      const row = { day: 20_000, service_id: 1, level: 2, score: 21_250 };
      await knex('mlops_maturity_snapshots').insert(row);
      await knex('mlops_maturity_snapshots').insert({ ...row, day: 20_001 });
      const duplicate = await knex('mlops_maturity_snapshots')
        .insert(row)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(isDatabaseConflictError(duplicate)).toBe(true);
      const [stored] = await knex('mlops_maturity_snapshots')
        .where('day', 20_000)
        .select();
      expect(stored).toMatchObject({ ...row, stale: 0, verified_level: null });
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keep one review per answer of an entity on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
      const row = {
        entity_ref: 'component:default/a',
        entity_uid: 'uid-a',
        question_id: 'monitoring',
        kind: 'level',
        level: 3,
        status: 'pending',
        requested_revision: 1,
        requested_at: new Date(),
        requested_by: 'user:default/a',
      };
      await knex('mlops_maturity_answer_reviews').insert(row);
      const duplicate = await knex('mlops_maturity_answer_reviews')
        .insert({ ...row, requested_revision: 2 })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(isDatabaseConflictError(duplicate)).toBe(true);
      // The same answer of a re-created entity is its own review.
      await knex('mlops_maturity_answer_reviews').insert({
        ...row,
        entity_uid: 'uid-b',
      });
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'keep the data of the first release when upgrading on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const config = { directory: MIGRATIONS_DIRECTORY };
      await knex.migrate.up({ ...config, name: '20261127000000_init.js' });
      const ref = 'component:default/a';
      const at = new Date('2026-11-20T10:00:00.000Z');
      const headline = {
        score: 2,
        level: 2,
        gated_level: 1,
        weakest_dimension: 'monitoring',
      };
      await knex('mlops_maturity_revisions').insert({
        entity_ref: ref,
        revision: 1,
        model_id: 'm',
        model_version: '1',
        answers: '{}',
        result: '{}',
        ...headline,
        author: 'user:default/a',
        created_at: at,
      });
      await knex('mlops_maturity_current').insert({
        entity_ref: ref,
        revision: 1,
        ...headline,
        updated_by: 'user:default/a',
        updated_at: at,
      });
      await knex('mlops_maturity_drafts').insert({
        entity_ref: ref,
        model_id: 'm',
        model_version: '1',
        base_revision: 1,
        answers: '{"testing":{"level":3}}',
        author: 'user:default/b',
        updated_at: at,
      });

      await knex.migrate.latest(config);
      const [current] = await knex('mlops_maturity_current').select();
      expect(current).toMatchObject({
        entity_ref: ref,
        entity_uid: '',
        revision: 1,
        level: 2,
        updated_by: 'user:default/a',
      });
      expect(new Date(current.updated_at).toISOString()).toBe(at.toISOString());
      const [draft] = await knex('mlops_maturity_drafts').select();
      expect(draft).toMatchObject({
        entity_ref: ref,
        entity_uid: '',
        version: 1,
        base_revision: 1,
        answers: '{"testing":{"level":3}}',
      });
      const [revision] = await knex('mlops_maturity_revisions').select();
      expect(revision).toMatchObject({ entity_ref: ref, entity_uid: '' });
      await knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'forget the raises to the next level counted before the plan was capped, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const config = { directory: MIGRATIONS_DIRECTORY };
      await knex.migrate.up({ ...config, name: '20261127000000_init.js' });
      while ((await knex.migrate.currentVersion(config)) < '20261207000100') {
        await knex.migrate.up(config);
      }
      const at = new Date('2026-11-20T10:00:00.000Z');
      const row = (name: string, level: number, raises: number | null) => ({
        entity_ref: `component:default/${name}`,
        entity_uid: '',
        revision: 1,
        score: level,
        level,
        gated_level: level,
        raises_to_next: raises,
        updated_by: 'user:default/a',
        updated_at: at,
      });
      await knex('mlops_maturity_current').insert([
        row('counted', 1, 5),
        row('top', 4, null),
      ]);

      await knex.migrate.latest(config);
      const rows = await knex('mlops_maturity_current')
        .orderBy('entity_ref')
        .select('entity_ref', 'level', 'raises_to_next');
      expect(rows).toEqual([
        {
          entity_ref: 'component:default/counted',
          level: 1,
          raises_to_next: null,
        },
        { entity_ref: 'component:default/top', level: 4, raises_to_next: null },
      ]);
      await knex.destroy();
    },
  );
});
