// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  MaturityLevelNumber,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { mlopsMaturityChecks } from './checks/mlopsMaturityChecks';
import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from './factRetriever/factSchema';
import { startTechInsightsBackend } from './__testUtils__/startTechInsightsBackend';
import {
  checkResults,
  checkResultsOfAllEntities,
  factsRange,
  latestFacts,
  READER,
  runRetriever,
  waitFor,
} from './__testUtils__/techInsightsRequests';

jest.setTimeout(180_000);

const CONFIDENTIAL = 'acme.com/confidential';
/** How many fact rows per service Tech Insights keeps (the retriever's lifecycle). */
const MAX_ITEMS = 2;

const component = (
  name: string,
  type: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: { type, owner: 'team-a', lifecycle: 'production' },
});

/** Each ML service and the level its owner assesses it at. */
const LEVELS: Record<string, MaturityLevelNumber> = {
  'still-visible': 2,
  'made-confidential': 3,
  'no-longer-ml': 3,
  'left-catalog': 4,
};
const HIDDEN = ['made-confidential', 'no-longer-ml', 'left-catalog'];

const BEFORE = Object.keys(LEVELS).map(name => component(name, 'ml-service'));
/** The catalog after the change: one service confidential, one a website, one deleted. */
const AFTER = [
  component('still-visible', 'ml-service'),
  component('made-confidential', 'ml-service', { [CONFIDENTIAL]: 'true' }),
  component('no-longer-ml', 'website'),
];

const CONFIG = {
  app: { baseUrl: 'http://localhost:3000' },
  catalog: { processingInterval: { seconds: 1 } },
  mlopsMaturity: {
    catalogSync: { frequency: { seconds: 1 }, initialDelay: { seconds: 0 } },
    techInsights: {
      excludeEntities: [
        { field: `metadata.annotations.${CONFIDENTIAL}`, values: ['true'] },
      ],
    },
  },
  techInsights: {
    factRetrievers: {
      // Once a year: the test runs the retriever through the scheduler's API.
      [MLOPS_MATURITY_FACT_RETRIEVER_ID]: {
        cadence: '0 0 1 1 *',
        initialDelay: { seconds: 1 },
        lifecycle: { maxItems: MAX_ITEMS },
      },
    },
    factChecker: { checks: mlopsMaturityChecks },
  },
};

const databases = createTestDatabases();

describe('the facts of an ML service that is hidden, or no longer an ML service', () => {
  it.each(databases.eachSupportedId())(
    'are gone from every Tech Insights answer after one retriever run, on %p',
    async databaseId => {
      // From a day before: on SQLite tech-insights compares the stored
      // timestamps with the range as text, which misses the rows stored on
      // the start's date.
      const start = new Date(Date.now() - 24 * 60 * 60_000);
      const { backend, replaceEntities } = await startTechInsightsBackend({
        databases,
        databaseId,
        entities: BEFORE,
        config: CONFIG,
      });
      const listedServices = async () => {
        const res = await request(backend.server)
          .get('/api/mlops-maturity/scorecard/page?limit=50')
          .set('Authorization', READER);
        return res.status === 200
          ? (res.body.items as ScorecardRow[]).map(r => r.name).sort()
          : [];
      };
      await waitFor('the scorecard to list the ML services', async () =>
        (await listedServices()).length === BEFORE.length ? true : undefined,
      );
      for (const [name, level] of Object.entries(LEVELS)) {
        const res = await request(backend.server)
          .put(`/api/mlops-maturity/assessments/component/default/${name}`)
          .set('Authorization', READER)
          .send({ baseRevision: null, answers: uniformAnswers(level) });
        expect(res.status).toBe(200);
      }
      await runRetriever(backend);

      // Published: each service's level, and the checks pass on it.
      for (const [name, level] of Object.entries(LEVELS)) {
        expect((await latestFacts(backend, name))?.facts.level).toBe(level);
        const results = await checkResults(backend, name);
        expect(results.mlopsMaturityAtLeastLevel2.result).toBe(true);
      }
      const visibleBefore = (await latestFacts(backend, 'still-visible'))!;

      await replaceEntities(AFTER);
      await waitFor('the catalog to mark made-confidential', async () => {
        const res = await request(backend.server)
          .get(
            '/api/catalog/entities/by-name/component/default/made-confidential',
          )
          .set('Authorization', READER);
        return res.body?.metadata?.annotations?.[CONFIDENTIAL] === 'true'
          ? true
          : undefined;
      });
      await waitFor('the scorecard to drop the services that left', async () =>
        (await listedServices()).join() === 'made-confidential,still-visible'
          ? true
          : undefined,
      );
      const range = () => ({ start, end: new Date(Date.now() + 60_000) });
      // Stored before the change: the earlier values, in /facts/range too.
      expect(
        (await factsRange(backend, 'made-confidential', range())).map(
          f => f.facts.level,
        ),
      ).toContain(LEVELS['made-confidential']);
      await runRetriever(backend);

      for (const name of HIDDEN) {
        // No row at all, earlier or latest, as for a service never published.
        expect({
          name,
          latest: await latestFacts(backend, name),
          range: await factsRange(backend, name, range()),
        }).toEqual({ name, latest: undefined, range: [] });
        // No check runs without facts (jsonfc leaves such checks out).
        expect({
          name,
          checks: Object.keys(await checkResults(backend, name)),
        }).toEqual({ name, checks: [] });
      }
      const everyEntity = await checkResultsOfAllEntities(backend);
      expect(Object.keys(everyEntity)).toEqual([
        'component:default/still-visible',
      ]);
      // The service still visible keeps its facts and its history.
      const visible = (await latestFacts(backend, 'still-visible'))!;
      expect(visible.facts).toEqual(visibleBefore.facts);
      expect(
        (await checkResults(backend, 'still-visible'))
          .mlopsMaturityAtLeastLevel2.result,
      ).toBe(true);
      expect(
        (await factsRange(backend, 'still-visible', range())).map(
          f => f.facts.level,
        ),
      ).toEqual(Array(MAX_ITEMS).fill(LEVELS['still-visible']));

      // Later runs store nothing for them either.
      await runRetriever(backend);
      for (const name of HIDDEN) {
        expect({
          name,
          range: await factsRange(backend, name, range()),
        }).toEqual({ name, range: [] });
      }
    },
  );
});
