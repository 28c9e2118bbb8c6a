import { TestDatabases } from '@backstage/backend-test-utils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { Knex } from 'knex';
import request from 'supertest';
import { asOwner, StartedPlugin, startPlugin } from './testBackend';

/** Where the test backend serves the plugin's API. */
export const API = '/api/mlops-maturity';
/** The assessment routes of an ML model team A owns. */
export const CHURN = `${API}/assessments/component/default/churn-model`;

const TABLES = [
  'mlops_maturity_revisions',
  'mlops_maturity_current',
  'mlops_maturity_drafts',
];

/** Every row of the tables a write can touch, to prove a rejected write changed nothing. */
export async function snapshot(knex: Knex) {
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES)
    rows[table] = await knex(table).select().orderBy('entity_ref');
  return rows;
}

/**
 * A fresh plugin on the database for each test (stale after 30 days),
 * stopped after it, and `submit` to PUT an assessment of churn-model (every
 * answer at Level 2 unless a body is given). Read `knex` and `plugin` in
 * the tests, not while the describe block is being defined.
 */
export function pluginPerTest(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
) {
  let knex: Knex | undefined;
  let plugin: StartedPlugin | undefined;
  beforeEach(async () => {
    knex = await databases.init(databaseId);
    plugin = await startPlugin(knex, {
      mlopsMaturity: { staleAfterDays: 30 },
    });
  });
  afterEach(async () => {
    await plugin?.backend.stop();
  });
  const started = {
    get knex(): Knex {
      if (!knex) throw new Error('no database outside a test');
      return knex;
    },
    get plugin(): StartedPlugin {
      if (!plugin) throw new Error('no plugin outside a test');
      return plugin;
    },
    /** Stops the plugin and starts it again on the same database, e.g. with other config. */
    async restart(
      ...options: Parameters<typeof startPlugin> extends [Knex, ...infer Rest]
        ? Rest
        : never
    ) {
      await started.plugin.backend.stop();
      plugin = await startPlugin(started.knex, ...options);
    },
    submit: (base: number | null, body: unknown = undefined, auth = asOwner) =>
      request(started.plugin.server)
        .put(CHURN)
        .set('Authorization', auth)
        .send(body ?? { baseRevision: base, answers: uniformAnswers(2) }),
  };
  return started;
}
