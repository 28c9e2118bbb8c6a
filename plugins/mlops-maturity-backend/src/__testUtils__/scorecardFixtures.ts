import { mockServices } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { Knex } from 'knex';
import { createStores } from '../database/createStores';
import {
  MlServiceRecord,
  ResolvedScorecardQuery,
} from '../database/scorecardTypes';
import { Visibility } from '../visibility/ScorecardVisibility';

/** Five ML services of three teams, four of them assessed: the scorecard stores' tests' data. */
export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.now();
export const STALE_BEFORE = new Date(NOW - 90 * DAY);

export const service = (
  name: string,
  owner: string,
  extra: Partial<MlServiceRecord> = {},
): MlServiceRecord => ({
  entityRef: `component:default/${name}`,
  entityUid: `uid-${name}`,
  search: [
    { key: 'kind', value: 'component' },
    { key: 'relations.ownedby', value: `group:default/${owner}` },
  ],
  kind: 'Component',
  namespace: 'default',
  name,
  title: null,
  type: 'ml-service',
  owner: `group:default/${owner}`,
  system: null,
  domain: null,
  lifecycle: 'production',
  targetLevel: null,
  targetTitle: null,
  ...extra,
});

export const SERVICES: MlServiceRecord[] = [
  service('alpha', 'team-a', {
    title: 'Alpha Ranker',
    system: 'system:default/search',
    lifecycle: 'experimental',
  }),
  service('bravo', 'team-a', { system: 'system:default/search' }),
  service('charlie', 'team-b', { domain: 'domain:default/risk' }),
  service('delta', 'team-b', { title: '50%_off model' }),
  service('echo', 'team-c'),
];

// name -> [level for every answer, days since the assessment]
export const ASSESSED: Record<string, [MaturityLevelNumber, number]> = {
  alpha: [3, 10],
  bravo: [1, 200],
  charlie: [2, 30],
  delta: [1, 5],
};

export const ALL: Visibility = { kind: 'all' };

export const query = (
  overrides: Partial<ResolvedScorecardQuery> = {},
): ResolvedScorecardQuery => ({
  limit: 50,
  offset: 0,
  orderBy: 'score',
  order: 'desc',
  ...overrides,
});

export const names = (rows: Array<{ name: string }>) => rows.map(r => r.name);

/** The plugin's stores on `knex` holding SERVICES, assessed as ASSESSED says. */
export async function seededStores(knex: Knex) {
  const stores = await createStores({
    database: mockServices.database({ knex }),
  });
  await stores.mlServices.replaceAll(SERVICES);
  for (const [name, [level, daysAgo]] of Object.entries(ASSESSED)) {
    await stores.assessments.submit({
      entityRef: `component:default/${name}`,
      entityUid: `uid-${name}`,
      baseRevision: null,
      model,
      answers: uniformAnswers(level),
      result: computeScore(model, uniformAnswers(level)),
      author: 'user:default/someone',
      createdAt: new Date(NOW - daysAgo * DAY),
    });
  }
  return { knex, ...stores };
}

/** A service's verified figures as the verified-level writer stores them. */
export interface SeededVerified {
  level: MaturityLevelNumber;
  score: number;
  gaps: number;
}

/**
 * The verified figures of SERVICES as the scorecard's tests seed them: alpha
 * (claimed L3) verified at L2, bravo (L1) and delta (L1) at L1 with delta's
 * score higher, charlie (L2) not computed yet, and echo (not assessed) with
 * figures left behind that no surface may show.
 */
export const VERIFIED: Record<string, SeededVerified> = {
  alpha: { level: 2, score: 2.4, gaps: 3 },
  bravo: { level: 1, score: 1, gaps: 0 },
  delta: { level: 1, score: 1.2, gaps: 1 },
  echo: { level: 4, score: 4, gaps: 0 },
};

/** Writes `verified` to the scorecard rows directly, as the verified-level writer would. */
export async function seedVerified(
  knex: Knex,
  verified: Record<string, SeededVerified> = VERIFIED,
) {
  for (const [name, { level, score, gaps }] of Object.entries(verified)) {
    const row = await knex('mlops_maturity_entities')
      .where('name', name)
      .first('revision');
    await knex('mlops_maturity_entities')
      .where('name', name)
      .update({
        verified_level: level,
        verified_score: score,
        verified_gaps: gaps,
        verified_revision: row?.revision ?? null,
      });
  }
}
