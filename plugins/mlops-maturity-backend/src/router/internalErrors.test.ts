import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { asOther, asOwner, startPlugin } from '../__testUtils__/testBackend';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';
/** A value the caller sends that the database binds into its SQL. */
const SECRET = 'zq-bound-value-7731';

/** Text of a database's SQL or a driver's error, none of which a 500 may carry. */
const SQL_TEXT = [
  /\bselect\b/i,
  /\binsert\b/i,
  /\bfrom\b/i,
  /mlops_maturity_/,
  /sqlite/i,
  /ER_[A-Z_]+/,
  /\bsql/i,
  /bindings/i,
];

describe('a database error answered with 500', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let plugin: Awaited<ReturnType<typeof startPlugin>>;
    let logger: ReturnType<typeof mockServices.logger.mock>;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      logger = mockServices.logger.mock();
      plugin = await startPlugin(knex, {}, undefined, [
        logger.factory,
        actionsRegistryServiceFactory,
      ]);
      await plugin.syncCatalog();
    });

    afterEach(async () => {
      await plugin.backend.stop();
    });

    /** The error a response carries (its `request` echoes the caller's own URL). */
    const errorOf = (res: request.Response) => {
      expect(res.status).toBe(500);
      const error = JSON.stringify(res.body.error);
      for (const pattern of [...SQL_TEXT, new RegExp(SECRET)]) {
        expect([pattern.source, error]).not.toEqual([
          pattern.source,
          expect.stringMatching(pattern),
        ]);
      }
      return res.body.error;
    };

    /** What the plugin logged at error level, as text. */
    const loggedErrors = () =>
      logger.error.mock.calls
        .map(args =>
          args
            .map(arg =>
              arg instanceof Error
                ? `${arg.message} ${String(arg.stack)}`
                : String(arg),
            )
            .join(' '),
        )
        .join('\n');

    const withTableAway = async (table: string, fn: () => Promise<void>) => {
      await knex.schema.renameTable(table, `${table}_away`);
      try {
        await fn();
      } finally {
        await knex.schema.renameTable(`${table}_away`, table);
      }
    };

    it('carries no SQL and no bound value from a route or an action, and the log keeps them', async () => {
      await withTableAway('mlops_maturity_entities', async () => {
        const page = await request(plugin.server)
          .get(`${API}/scorecard/page?q=${SECRET}`)
          .set('Authorization', asOther);
        const error = errorOf(page);
        // The caller can quote this to whoever reads the log.
        const id = /error id ([0-9a-f]+)/.exec(error.message)?.[1];
        expect(id).toBeDefined();
        const logged = loggedErrors();
        expect(logged).toContain(id);
        expect(logged).toContain(SECRET);
        expect(logged).toContain('mlops_maturity_entities');

        const exported = await request(plugin.server)
          .get(`${API}/scorecard/export?q=${SECRET}`)
          .set('Authorization', asOther);
        errorOf(exported);

        const action = await request(plugin.server)
          .post(
            `${API}/.backstage/actions/v1/actions/mlops-maturity:list-ml-services/invoke`,
          )
          .set('Authorization', asOther)
          .send({ q: SECRET });
        errorOf(action);
      });

      await withTableAway('mlops_maturity_revisions', async () => {
        const submit = await request(plugin.server)
          .put(`${API}/assessments/component/default/churn-model`)
          .set('Authorization', asOwner)
          .send({ baseRevision: null, answers: {} });
        // Validation comes first: an incomplete submission is a 400 as ever.
        expect(submit.status).toBe(400);
        const history = await request(plugin.server)
          .get(`${API}/assessments/component/default/churn-model/history`)
          .set('Authorization', asOther);
        errorOf(history);
      });
    });
  });
});
