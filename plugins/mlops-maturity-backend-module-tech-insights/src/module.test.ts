import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  CurrentAssessment,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { mlopsMaturityEvidenceExtensionPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import request from 'supertest';
import { mlopsMaturityChecks } from './checks/mlopsMaturityChecks';
import {
  dimensionAverageFactName,
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
} from './factRetriever/factSchema';
import { startTechInsightsBackend } from './__testUtils__/startTechInsightsBackend';
import { runRetriever, waitFor } from './__testUtils__/techInsightsRequests';

jest.setTimeout(180_000);

const RETRIEVER = MLOPS_MATURITY_FACT_RETRIEVER_ID;
const OWNER = mockCredentials.user.header('user:default/olivia');

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

const CONFIDENTIAL = 'acme.com/confidential';
const ENTITIES = [
  component('basic-ranker', 'ml-service'),
  component('mature-scorer', 'ml-model'),
  component('new-pipeline', 'ml-pipeline'),
  component('secret-ranker', 'ml-service', { [CONFIDENTIAL]: 'true' }),
  component('web-shop', 'website'),
];
const ML_SERVICES = [
  'basic-ranker',
  'mature-scorer',
  'new-pipeline',
  'secret-ranker',
];

const CONFIG = {
  app: { baseUrl: 'http://localhost:3000' },
  catalog: { processingInterval: { seconds: 1 } },
  mlopsMaturity: {
    catalogSync: { frequency: { seconds: 1 }, initialDelay: { seconds: 0 } },
    // Level 2 for the ML services and pipelines; none for the ML model.
    targets: [{ level: 2, filter: { type: ['ml-service', 'ml-pipeline'] } }],
    // Tech Insights serves facts to anyone who may read facts: what the
    // policy hides gets none.
    techInsights: {
      excludeEntities: [
        { field: `metadata.annotations.${CONFIDENTIAL}`, values: ['true'] },
      ],
    },
  },
  techInsights: {
    factRetrievers: {
      // Once a year: the test runs the retriever itself, as an operator
      // would, through the scheduler's trigger endpoint.
      [RETRIEVER]: {
        cadence: '0 0 1 1 *',
        initialDelay: { seconds: 1 },
        lifecycle: { maxItems: 10 },
      },
    },
    factChecker: {
      checks: {
        ...mlopsMaturityChecks,
        // A check of the operator's own, run only for ML models: jsonfc reads
        // the entity from the catalog (its own catalog-node copy) to filter.
        mlModelAtLeastGatedLevel3: {
          ...mlopsMaturityChecks.mlopsMaturityAtLeastLevel3,
          name: 'ML models: every dimension at least Level 3',
          rule: {
            conditions: {
              all: [
                {
                  fact: 'gatedLevel',
                  operator: 'greaterThanInclusive',
                  value: 3,
                },
              ],
            },
          },
          filter: { 'spec.type': 'ml-model' },
        },
      },
    },
  },
};

/** An evidence provider: basic-ranker's training runs in a pipeline (Level 2). */
const pipelineEvidence = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'test-pipeline-evidence',
  register(reg) {
    reg.registerInit({
      deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addProvider({
          id: 'pipelines',
          async getSignals({ entities }) {
            return {
              signals: Object.fromEntries(
                entities
                  .filter(e => e.metadata.name === 'basic-ranker')
                  .map(e => [
                    `component:default/${e.metadata.name}`,
                    [
                      {
                        questionId: 'training-automation',
                        level: 2,
                        title: 'Nightly training pipeline',
                      },
                    ],
                  ]),
              ),
            };
          },
        });
      },
    });
  },
});

const databases = createTestDatabases();

async function submit(
  backend: TestBackend,
  name: string,
  level: MaturityLevelNumber,
) {
  const res = await request(backend.server)
    .put(`/api/mlops-maturity/assessments/component/default/${name}`)
    .set('Authorization', OWNER)
    .send({ baseRevision: null, answers: uniformAnswers(level) });
  expect(res.status).toBe(200);
}

async function currentAssessment(
  backend: TestBackend,
  name: string,
): Promise<CurrentAssessment | undefined> {
  const res = await request(backend.server)
    .get(`/api/mlops-maturity/assessments/component/default/${name}`)
    .set('Authorization', OWNER);
  expect([200, 204]).toContain(res.status);
  return res.status === 204 ? undefined : res.body;
}

async function latestFacts(backend: TestBackend, name: string) {
  const res = await request(backend.server)
    .get('/api/tech-insights/facts/latest')
    .query({ entity: `component:default/${name}`, 'ids[]': RETRIEVER })
    .set('Authorization', OWNER);
  expect(res.status).toBe(200);
  return res.body[RETRIEVER] as
    | { facts: Record<string, unknown>; timestamp: string }
    | undefined;
}

async function checkResults(backend: TestBackend, name: string) {
  const res = await request(backend.server)
    .post(`/api/tech-insights/checks/run/default/component/${name}`)
    .set('Authorization', OWNER)
    .send({});
  expect(res.status).toBe(200);
  return Object.fromEntries(
    (
      res.body as Array<{
        check: { id: string; metadata: Record<string, unknown> };
        result: boolean;
      }>
    ).map(r => [r.check.id, r]),
  );
}

describe('the MLOps maturity module in a backend with Tech Insights', () => {
  it.each(databases.eachSupportedId())(
    'stores the facts of every ML service and evaluates the checks on them, on %p',
    async databaseId => {
      const { backend } = await startTechInsightsBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: CONFIG,
        features: [pipelineEvidence],
      });

      await waitFor('the scorecard to list the ML services', async () => {
        const res = await request(backend.server)
          .get('/api/mlops-maturity/scorecard/page?limit=50')
          .set('Authorization', OWNER);
        return res.status === 200 &&
          res.body.items.length === ML_SERVICES.length
          ? res.body
          : undefined;
      });
      await submit(backend, 'basic-ranker', 1);
      await submit(backend, 'mature-scorer', 3);
      await submit(backend, 'secret-ranker', 4);

      const runStarted = Date.now();
      await runRetriever(backend);
      const runEnded = Date.now();

      // The schema tech-insights stored is the retriever's, with one average
      // per dimension of the (default) model.
      const schemas = await request(backend.server)
        .get('/api/tech-insights/fact-schemas')
        .query({ 'ids[]': RETRIEVER })
        .set('Authorization', OWNER);
      expect(schemas.status).toBe(200);
      expect(schemas.body).toHaveLength(1);
      expect(schemas.body[0]).toMatchObject({
        id: RETRIEVER,
        version: '1.0.0',
        level: { type: 'integer' },
        modelDevelopmentAverage: { type: 'float' },
      });

      const rows = await request(backend.server)
        .get('/api/mlops-maturity/scorecard/page?limit=50')
        .set('Authorization', OWNER);
      const rowOf = (name: string) =>
        rows.body.items.find((r: { name: string }) => r.name === name);
      for (const name of ['basic-ranker', 'mature-scorer']) {
        const assessment = (await currentAssessment(backend, name))!;
        const stored = await latestFacts(backend, name);
        const row = rowOf(name);
        // When the run retrieved them, as a time Tech Insights can read back
        // (whole seconds where the database keeps no more).
        const retrievedAt = Date.parse(stored?.timestamp ?? '');
        expect(retrievedAt).toBeGreaterThanOrEqual(
          Math.floor(runStarted / 1000) * 1000,
        );
        expect(retrievedAt).toBeLessThanOrEqual(runEnded + 1000);
        expect(stored?.facts).toEqual({
          targetLevel: row.targetLevel,
          targetMet: row.targetMet,
          belowTarget: row.targetMet === false,
          evidenceShare: row.evidenceShare,
          evidenceSuggestsHigherCount: row.evidenceSuggestsHigherCount,
          verifiedLevel: row.verifiedLevel,
          verifiedScore: row.verifiedScore,
          verificationGapCount: row.verificationGapCount,
          verifiedBelowTarget:
            row.targetLevel !== null &&
            (row.verifiedLevel ?? -1) < row.targetLevel,
          assessed: true,
          level: assessment.result.level,
          gatedLevel: assessment.result.gatedLevel,
          score: assessment.result.score,
          lastAssessedAt: new Date(assessment.createdAt).toISOString(),
          daysSinceAssessment: 0,
          stale: assessment.stale,
          ...Object.fromEntries(
            assessment.result.dimensions.map(d => [
              dimensionAverageFactName(d.dimensionId),
              d.average,
            ]),
          ),
        });
      }
      // basic-ranker's 15 answers at Level 1: the pipeline backs one of
      // them and shows a higher level; nothing backs mature-scorer's.
      expect(
        [rowOf('basic-ranker'), rowOf('mature-scorer')].map(r => [
          r.evidenceShare,
          r.evidenceSuggestsHigherCount,
        ]),
      ).toEqual([
        [1 / 15, 1],
        [0, 0],
      ]);
      expect(await currentAssessment(backend, 'new-pipeline')).toBeUndefined();
      // basic-ranker (Level 1) misses its Level 2 target; mature-scorer has none.
      expect(
        [rowOf('basic-ranker'), rowOf('mature-scorer')].map(r => [
          r.targetLevel,
          r.targetMet,
        ]),
      ).toEqual([
        [2, false],
        [null, null],
      ]);
      expect((await latestFacts(backend, 'new-pipeline'))?.facts).toEqual(
        expect.objectContaining({
          targetLevel: 2,
          targetMet: false,
          belowTarget: true,
          evidenceShare: null,
          evidenceSuggestsHigherCount: null,
          assessed: false,
          level: null,
          score: null,
          daysSinceAssessment: null,
          modelDevelopmentAverage: null,
        }),
      );
      // Not an ML service: no facts at all.
      expect(await latestFacts(backend, 'web-shop')).toBeUndefined();
      // An assessed ML service the exclusion filter matches: none either.
      expect(await currentAssessment(backend, 'secret-ranker')).toBeDefined();
      expect(await latestFacts(backend, 'secret-ranker')).toBeUndefined();

      const passed = async (name: string) =>
        Object.fromEntries(
          Object.entries(await checkResults(backend, name)).map(([id, r]) => [
            id,
            r.result,
          ]),
        );
      expect(await passed('basic-ranker')).toEqual({
        mlopsMaturityAtLeastLevel1: true,
        mlopsMaturityAtLeastLevel2: false,
        mlopsMaturityAtLeastLevel3: false,
        mlopsMaturityNotBelowTarget: false,
        mlopsMaturityVerifiedNotBelowTarget: false,
        mlopsMaturityAssessedInLast90Days: true,
        mlopsMaturityAssessmentNotStale: true,
      });
      expect(await passed('mature-scorer')).toEqual({
        mlModelAtLeastGatedLevel3: true,
        mlopsMaturityAtLeastLevel1: true,
        mlopsMaturityAtLeastLevel2: true,
        mlopsMaturityAtLeastLevel3: true,
        // No target applies to an ML model here.
        mlopsMaturityNotBelowTarget: true,
        mlopsMaturityVerifiedNotBelowTarget: true,
        mlopsMaturityAssessedInLast90Days: true,
        mlopsMaturityAssessmentNotStale: true,
      });
      // Every check runs for an unassessed service, and fails.
      expect(await passed('new-pipeline')).toEqual({
        mlopsMaturityAtLeastLevel1: false,
        mlopsMaturityAtLeastLevel2: false,
        mlopsMaturityAtLeastLevel3: false,
        mlopsMaturityNotBelowTarget: false,
        mlopsMaturityVerifiedNotBelowTarget: false,
        mlopsMaturityAssessedInLast90Days: false,
        mlopsMaturityAssessmentNotStale: false,
      });
      // Not an ML service, or excluded: jsonfc leaves checks without facts out.
      expect(await passed('web-shop')).toEqual({});
      expect(await passed('secret-ranker')).toEqual({});
      // The check metadata the maturity views rank by comes back as shipped.
      const results = await checkResults(backend, 'basic-ranker');
      expect(results.mlopsMaturityAtLeastLevel2.check.metadata).toEqual(
        mlopsMaturityChecks.mlopsMaturityAtLeastLevel2.metadata,
      );

      // A new assessment shows in the facts of the next run.
      const res = await request(backend.server)
        .put('/api/mlops-maturity/assessments/component/default/basic-ranker')
        .set('Authorization', OWNER)
        .send({ baseRevision: 1, answers: uniformAnswers(2) });
      expect(res.status).toBe(200);
      await runRetriever(backend);
      expect((await latestFacts(backend, 'basic-ranker'))?.facts.level).toBe(2);
      const after = await checkResults(backend, 'basic-ranker');
      expect(after.mlopsMaturityAtLeastLevel2.result).toBe(true);
      // Level 2 meets its target now.
      expect(after.mlopsMaturityNotBelowTarget.result).toBe(true);
    },
  );
});
