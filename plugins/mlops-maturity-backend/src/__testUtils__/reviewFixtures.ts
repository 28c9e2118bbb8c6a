import { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { mlopsMaturityPolicyDecision } from '../permissions/mlopsMaturityPolicyDecision';
import {
  CONFIDENTIAL_ANNOTATION,
  confidentialPolicy,
  mlServiceEntity,
  RealCatalogBackend,
  startRealCatalogBackend,
} from './realCatalogBackend';

/*
 * The catalog, people and policy the review routes are tried with: the
 * plugin's own rule for its permissions (reviewers may not review what they
 * own), and the demo app's confidential rule for catalog reads.
 */

export const API = '/api/mlops-maturity';
export const user = (name: string) => `user:default/${name}`;
export const as = (name: string) => mockCredentials.user.header(user(name));

/** olivia owns team A's services; oscar, team B's and reviews; rita reviews; tim neither. */
export const REVIEW_MEMBERSHIPS: Record<string, string[]> = {
  [user('olivia')]: ['group:default/team-a'],
  [user('oscar')]: ['group:default/team-b'],
  [user('rita')]: ['group:default/platform'],
  [user('tim')]: [],
};

export const REVIEW_ENTITIES: Entity[] = [
  mlServiceEntity('churn-model', 'team-a'),
  mlServiceEntity('ranker', 'team-a'),
  mlServiceEntity('fraud-scorer', 'team-b'),
  // Only team B may read it.
  mlServiceEntity('secret-ranker', 'team-b', {
    [CONFIDENTIAL_ANNOTATION]: 'true',
  }),
];

/** The plugin's policy for its permissions, reviewers platform and team B; the confidential rule for the rest. */
export function reviewPolicy(
  req: PolicyQuery,
  u?: PolicyQueryUser,
): PolicyDecision {
  return (
    mlopsMaturityPolicyDecision(req, u, {
      reviewers: ['group:default/platform', 'group:default/team-b'],
    }) ?? confidentialPolicy(req, u)
  );
}

export const na = { notApplicable: true as const, reason: 'Batch only' };

/** Level 2 everywhere but the answers given. */
export const answersWith = (given: AssessmentAnswers): AssessmentAnswers => ({
  ...uniformAnswers(2),
  ...given,
});

/** PUTs an assessment as `owner`; throws unless it is stored. */
export async function assess(
  app: RealCatalogBackend,
  name: string,
  owner: string,
  baseRevision: number | null,
  answers: AssessmentAnswers,
) {
  const res = await request(app.server)
    .put(`${API}/assessments/component/default/${name}`)
    .set('Authorization', as(owner))
    .send({ baseRevision, answers });
  if (res.status !== 200) {
    throw new Error(`PUT ${name}: ${res.status} ${res.text}`);
  }
  // Requests of later submissions are later, to the millisecond.
  await new Promise(r => setTimeout(r, 5));
}

/** GET /reviews as `name`, with a query string. */
export const queue = (app: RealCatalogBackend, name: string, query = '') =>
  request(app.server)
    .get(`${API}/reviews${query}`)
    .set('Authorization', as(name));

/** POST a decision as `name` (or with another Authorization header). */
export const decide = (
  app: RealCatalogBackend,
  auth: string,
  path: string,
  body: unknown,
) =>
  request(app.server)
    .post(`${API}/reviews/component/default/${path}`)
    .set('Authorization', auth.startsWith('Bearer ') ? auth : as(auth))
    .send(body as object);

/** Each queue item as "entity name/question". */
export const itemNames = (body: {
  items: Array<{ entityRef: string; questionId: string }>;
}) => body.items.map(i => `${i.entityRef.split('/')[1]}/${i.questionId}`);

export const RANKER_FIRST: AssessmentAnswers = {
  'ab-testing': { level: 4 },
  'data-management': {
    level: 3,
    note: 'Versioned in the lake',
    evidence: [{ title: 'Lake docs', url: 'https://docs.example.com/lake' }],
  },
};
export const RANKER_SECOND: AssessmentAnswers = {
  ...RANKER_FIRST,
  'data-management': { level: 4, note: 'Lineage tracked end to end' },
};

/**
 * The backend the review routes are tried on (N/As need approval), with
 * these requests opened in this order: churn-model/testing; ranker's
 * ab-testing and data-management (same time); fraud-scorer's rollback (an
 * N/A) and testing (same time); secret-ranker/testing; then ranker's
 * second revision, which changes data-management (reopened) and keeps
 * ab-testing.
 */
export async function startReviewBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<RealCatalogBackend> {
  const app = await startRealCatalogBackend({
    databases,
    databaseId,
    entities: REVIEW_ENTITIES,
    policy: reviewPolicy,
    memberships: REVIEW_MEMBERSHIPS,
    config: {
      mlopsMaturity: { review: { exemptions: { requireApproval: true } } },
    },
  });
  await assess(
    app,
    'churn-model',
    'olivia',
    null,
    answersWith({ testing: { level: 3 } }),
  );
  await assess(app, 'ranker', 'olivia', null, answersWith(RANKER_FIRST));
  await assess(
    app,
    'fraud-scorer',
    'oscar',
    null,
    answersWith({ testing: { level: 3 }, rollback: na }),
  );
  await assess(
    app,
    'secret-ranker',
    'oscar',
    null,
    answersWith({ testing: { level: 3 } }),
  );
  await assess(app, 'ranker', 'olivia', 1, answersWith(RANKER_SECOND));
  return app;
}
