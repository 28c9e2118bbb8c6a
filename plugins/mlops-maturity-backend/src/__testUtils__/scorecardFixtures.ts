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
