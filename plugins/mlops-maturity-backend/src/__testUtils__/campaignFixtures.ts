import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createStores } from '../database/createStores';
import {
  MlServiceRecord,
  ResolvedScorecardQuery,
} from '../database/scorecardTypes';
import { NewCampaign } from '../database/CampaignStore';
import { dayOf } from '../database/snapshotRows';

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = new Date();
/** The campaigns start ten days ago. */
export const START = new Date(NOW.getTime() - 10 * DAY);
export const at = (daysAfterStart: number) =>
  new Date(START.getTime() + daysAfterStart * DAY);

const service = (
  name: string,
  owner: string,
  lifecycle: string,
  tags: string[] = [],
): MlServiceRecord => ({
  entityRef: `component:default/${name}`,
  entityUid: `uid-${name}`,
  search: [
    { key: 'kind', value: 'component' },
    { key: 'relations.ownedby', value: `group:default/${owner}` },
    ...tags.map(tag => ({ key: 'metadata.tags', value: tag })),
  ],
  kind: 'Component',
  namespace: 'default',
  name,
  title: null,
  type: 'ML-Service',
  owner: `group:default/${owner}`,
  system: null,
  domain: null,
  lifecycle,
  targetLevel: null,
  targetTitle: null,
});

export const SERVICES = [
  service('alpha', 'team-a', 'experimental', ['nlp']),
  service('bravo', 'team-a', 'production'),
  service('charlie', 'team-b', 'Production', ['nlp']),
  service('delta', 'team-b', 'production'),
  service('echo', 'team-c', 'production'),
];

/** name -> its submissions: [level of every answer, days after the start]. */
export const SUBMISSIONS: Record<
  string,
  Array<[MaturityLevelNumber, number]>
> = {
  alpha: [
    [1, -20],
    [3, 2],
  ],
  bravo: [[1, -30]],
  // Done when the campaign starts, then falls below the goal on day 4.
  charlie: [
    [2, -5],
    [1, 4],
  ],
  delta: [[2, 6]],
};

/** Staleness in the snapshots: not what these tests look at. */
const STALE_AFTER_DAYS = 180;

export const ALL: Visibility = { kind: 'all' };

export const levelGoal = (
  level: MaturityLevelNumber,
  scope: NewCampaign['scope'] = { lifecycle: ['PRODUCTION'] },
): NewCampaign => ({
  title: `Level ${level} in production`,
  description: 'Every production ML service at the level',
  scope,
  goal: { kind: 'level', level },
  startsAt: START,
  deadline: new Date(NOW.getTime() + 20 * DAY),
});

export const pageQuery = (
  overrides: Partial<ResolvedScorecardQuery>,
): ResolvedScorecardQuery => ({
  limit: 50,
  offset: 0,
  orderBy: 'name',
  order: 'asc',
  ...overrides,
});

/**
 * The plugin's stores on a fresh database of the kind named, holding
 * SERVICES and their SUBMISSIONS.
 */
export async function seededCampaignStores(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
) {
  const knex = await databases.init(databaseId);
  const stores = await createStores({
    database: mockServices.database({ knex }),
  });
  await stores.mlServices.replaceAll(SERVICES);
  for (const [name, submissions] of Object.entries(SUBMISSIONS)) {
    let baseRevision: number | null = null;
    for (const [level, days] of submissions) {
      const revision = await stores.assessments.submit({
        entityRef: `component:default/${name}`,
        entityUid: `uid-${name}`,
        baseRevision,
        model,
        answers: uniformAnswers(level),
        result: computeScore(model, uniformAnswers(level)),
        author: 'user:default/someone',
        createdAt: at(days),
      });
      baseRevision = revision.revision;
    }
  }
  // The campaign history reads the daily snapshots: write them from the
  // revisions, from before the start to today.
  await stores.snapshots.fillFromRevisions(
    dayOf(START) - 1,
    dayOf(NOW),
    STALE_AFTER_DAYS,
  );
  return { knex, ...stores };
}

/** The names of the rows, in order. */
export const names = (rows: Array<{ name: string }>) => rows.map(r => r.name);
