import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import {
  notificationsOf,
  startRemindersBackend,
  waitFor,
} from '../reminders/__testUtils__/startRemindersBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(240_000);

const user = (name: string, memberOf: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: { memberOf },
});
const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [] },
});

/** Team A (ann, bob) owns the ranker; carl (team B) and dora review. */
const ENTITIES: Entity[] = [
  group('team-a'),
  group('team-b'),
  user('ann', ['team-a']),
  user('bob', ['team-a']),
  user('carl', ['team-b']),
  user('dora', []),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'ranker', title: 'Search Ranker' },
    spec: { type: 'ml-service', owner: 'team-a', lifecycle: 'production' },
  },
];

const ANN = 'user:default/ann';
const BOB = 'user:default/bob';
const CARL = 'user:default/carl';
const DORA = 'user:default/dora';

const databases = createTestDatabases();

async function submit(
  backend: TestBackend,
  baseRevision: number | null,
  answers: AssessmentAnswers,
) {
  const res = await request(backend.server)
    .put('/api/mlops-maturity/assessments/component/default/ranker')
    .set('Authorization', mockCredentials.user.header(ANN))
    .send({ baseRevision, answers });
  expect(res.status).toBe(200);
}

describe.each(databases.eachSupportedId())(
  'review notifications on %p',
  databaseId => {
    let backend: TestBackend;

    beforeAll(async () => {
      ({ backend } = await startRemindersBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        config: {
          permission: {
            mlopsMaturity: {
              reviewers: ['group:default/team-b', DORA, 'group:default/team-a'],
            },
          },
          mlopsMaturity: {
            catalogSync: {
              frequency: { seconds: 1 },
              initialDelay: { seconds: 0 },
            },
          },
        },
      }));
      await waitFor(
        'the catalog to relate the users to their teams',
        async () => {
          const res = await request(backend.server)
            .get('/api/catalog/entities/by-name/group/default/team-a')
            .set('Authorization', mockCredentials.service.header());
          return res.status === 200 &&
            (res.body.relations ?? []).filter(
              (r: { type: string }) => r.type === 'hasMember',
            ).length === 2
            ? true
            : undefined;
        },
      );
      await waitFor('the scorecard to list the ranker', async () => {
        const res = await request(backend.server)
          .get('/api/mlops-maturity/scorecard/page?limit=50')
          .set('Authorization', mockCredentials.user.header(ANN));
        return res.status === 200 && res.body.items.length === 1
          ? true
          : undefined;
      });
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('tells the reviewers, once and naming nothing, that answers await them', async () => {
      // Nothing at Level 3: no request, no notification.
      await submit(backend, null, uniformAnswers(2));
      expect(await notificationsOf(backend, CARL)).toEqual([]);

      await submit(backend, 1, {
        ...uniformAnswers(2),
        testing: { level: 3 },
      });
      await submit(backend, 2, {
        ...uniformAnswers(2),
        testing: { level: 3 },
        'model-monitoring': { level: 3 },
      });
      for (const reviewer of [CARL, DORA, BOB]) {
        const [only, ...more] = await notificationsOf(backend, reviewer);
        expect(more).toEqual([]);
        expect(only.payload).toMatchObject({
          title: 'Answers await your review',
          link: '/mlops-maturity/reviews',
          scope: 'mlops-maturity:reviews-pending',
        });
        const text = JSON.stringify(only.payload).toLocaleLowerCase('en-US');
        for (const named of ['ranker', 'team-a', 'ann']) {
          expect(text).not.toContain(named);
        }
      }
      // The submitter, a reviewer through team A, is not told of her own.
      expect(await notificationsOf(backend, ANN)).toEqual([]);
    });

    it("tells the service's owners of a decision, naming their service, the question, the decision and the comment", async () => {
      const res = await request(backend.server)
        .post('/api/mlops-maturity/reviews/component/default/ranker/testing')
        .set('Authorization', mockCredentials.user.header(CARL))
        .send({
          requestedRevision: 2,
          decision: 'rejected',
          comment: 'No test reports in CI',
        });
      expect(res.status).toBe(200);
      for (const owner of [ANN, BOB]) {
        const decided = (await notificationsOf(backend, owner)).filter(n =>
          n.payload.scope?.startsWith('mlops-maturity:review:'),
        );
        expect(decided).toHaveLength(1);
        expect(decided[0].payload).toMatchObject({
          link: '/catalog/default/component/ranker/maturity',
          scope: 'mlops-maturity:review:component:default/ranker:testing',
        });
        expect(decided[0].payload.title).toContain('Search Ranker');
        expect(decided[0].payload.title).toContain('rejected');
        expect(decided[0].payload.description).toContain(
          'No test reports in CI',
        );
        expect(decided[0].payload.description).toContain(CARL);
      }
      const carls = await notificationsOf(backend, CARL);
      expect(carls.map(n => n.payload.scope)).toEqual([
        'mlops-maturity:reviews-pending',
      ]);
      expect(
        (await notificationsOf(backend, DORA)).map(n => n.payload.scope),
      ).toEqual(['mlops-maturity:reviews-pending']);
    });
  },
);
