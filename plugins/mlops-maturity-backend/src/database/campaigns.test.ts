import { mockServices } from '@backstage/backend-test-utils';
import {
  Campaign,
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createTestDatabases } from '../testUtils';
import { createStores } from './createStores';
import { MlServiceRecord, ResolvedScorecardQuery } from './scorecardTypes';
import { NewCampaign } from './CampaignStore';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
/** The campaigns start ten days ago. */
const START = new Date(NOW.getTime() - 10 * DAY);
const at = (daysAfterStart: number) =>
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

const SERVICES = [
  service('alpha', 'team-a', 'experimental', ['nlp']),
  service('bravo', 'team-a', 'production'),
  service('charlie', 'team-b', 'Production', ['nlp']),
  service('delta', 'team-b', 'production'),
  service('echo', 'team-c', 'production'),
];

/** name -> its submissions: [level of every answer, days after the start]. */
const SUBMISSIONS: Record<string, Array<[MaturityLevelNumber, number]>> = {
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

const ALL: Visibility = { kind: 'all' };

const levelGoal = (
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

const pageQuery = (
  overrides: Partial<ResolvedScorecardQuery>,
): ResolvedScorecardQuery => ({
  limit: 50,
  offset: 0,
  orderBy: 'name',
  order: 'asc',
  ...overrides,
});

describe('campaigns', () => {
  const databases = createTestDatabases();

  async function seeded(databaseId: Parameters<typeof databases.init>[0]) {
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
    return { knex, ...stores };
  }

  const names = (rows: Array<{ name: string }>) => rows.map(r => r.name);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('stores, lists, changes and closes campaigns', async () => {
      const { campaigns } = await seeded(databaseId);
      const first = await campaigns.create(levelGoal(2), 'user:default/lead');
      const second = await campaigns.create(
        {
          ...levelGoal(3),
          title: 'Reassess',
          goal: { kind: 'reassess' },
          deadline: new Date(NOW.getTime() + 5 * DAY),
        },
        'user:default/lead',
      );
      expect(first).toMatchObject({
        title: 'Level 2 in production',
        scope: { lifecycle: ['PRODUCTION'] },
        goal: { kind: 'level', level: 2 },
        startsAt: START.toISOString(),
        state: 'active',
        createdBy: 'user:default/lead',
        closedAt: null,
      });
      expect((await campaigns.list()).map(c => c.id)).toEqual([
        second.id,
        first.id,
      ]);

      const changed = await campaigns.update(
        first.id,
        { title: 'Level 2 by June', goal: { kind: 'reassess' } },
        'user:default/other',
        () => {},
      );
      expect(changed).toMatchObject({
        title: 'Level 2 by June',
        goal: { kind: 'reassess' },
        updatedBy: 'user:default/other',
        createdBy: 'user:default/lead',
      });

      // A refused change writes nothing.
      await expect(
        campaigns.update(first.id, { title: 'Nope' }, 'user:default/x', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect((await campaigns.get(first.id))!.title).toBe('Level 2 by June');

      const closed = await campaigns.close(second.id, 'user:default/lead');
      expect(closed).toMatchObject({
        state: 'closed',
        closedBy: 'user:default/lead',
      });
      expect(closed.closedAt).not.toBeNull();
      await expect(
        campaigns.close(second.id, 'user:default/lead'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        campaigns.update(second.id, { title: 'x' }, 'user:default/x', () => {}),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        campaigns.close('00000000-0000-4000-8000-000000000000', 'u'),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(
        (await campaigns.list({ state: 'active' })).map(c => c.id),
      ).toEqual([first.id]);
      expect(
        (await campaigns.list({ state: 'closed' })).map(c => c.id),
      ).toEqual([second.id]);
    });

    it('counts progress towards a level per team, over the services in scope', async () => {
      const { campaigns, campaignProgress } = await seeded(databaseId);
      const campaign = await campaigns.create(levelGoal(2), 'user:default/x');
      const progress = await campaignProgress.campaignProgress(
        campaign,
        NOW,
        ALL,
      );
      // bravo, charlie, delta, echo are in production; only delta is at
      // Level 2 now (charlie fell to Level 1).
      expect(progress).toMatchObject({
        inScope: 4,
        done: 1,
        remaining: 3,
        overdue: 0,
        doneShare: 0.25,
      });
      expect(progress.teams).toEqual([
        {
          owner: 'group:default/team-a',
          inScope: 1,
          done: 0,
          remaining: 1,
          overdue: 0,
          doneShare: 0,
        },
        {
          owner: 'group:default/team-b',
          inScope: 2,
          done: 1,
          remaining: 1,
          overdue: 0,
          doneShare: 0.5,
        },
        {
          owner: 'group:default/team-c',
          inScope: 1,
          done: 0,
          remaining: 1,
          overdue: 0,
          doneShare: 0,
        },
      ]);

      // After the deadline every remaining service is overdue.
      const late = await campaignProgress.campaignProgress(
        campaign,
        new Date(NOW.getTime() + 30 * DAY),
        ALL,
      );
      expect(late).toMatchObject({ remaining: 3, overdue: 3 });
    });

    it('counts a reassessment from the campaign start', async () => {
      const { campaigns, campaignProgress, scorecard } = await seeded(
        databaseId,
      );
      const campaign = await campaigns.create(
        { ...levelGoal(1, {}), goal: { kind: 'reassess' } },
        'user:default/x',
      );
      const progress = await campaignProgress.campaignProgress(
        campaign,
        NOW,
        ALL,
      );
      // alpha, charlie and delta submitted after the start; bravo before it;
      // echo never.
      expect(progress).toMatchObject({ inScope: 5, done: 3, remaining: 2 });
      const remaining = await scorecard.queryScorecardPage(
        pageQuery({ campaign, campaignDone: false }),
        NOW,
        ALL,
      );
      expect(names(remaining.items)).toEqual(['bravo', 'echo']);
      const done = await scorecard.queryScorecardPage(
        pageQuery({ campaign, campaignDone: true }),
        NOW,
        ALL,
      );
      expect(names(done.items)).toEqual(['alpha', 'charlie', 'delta']);
    });

    it('scopes by owner, tag, type and lifecycle, case-insensitively', async () => {
      const { campaigns, campaignProgress, scorecard } = await seeded(
        databaseId,
      );
      const inScope = async (scope: NewCampaign['scope']) => {
        const campaign = await campaigns.create(
          levelGoal(2, scope),
          'user:default/x',
        );
        const page = await scorecard.queryScorecardPage(
          pageQuery({ campaign }),
          NOW,
          ALL,
        );
        const { inScope: count } = await campaignProgress.campaignProgress(
          campaign,
          NOW,
          ALL,
        );
        expect(count).toBe(page.items.length);
        return names(page.items);
      };
      expect(await inScope({ tag: ['NLP'] })).toEqual(['alpha', 'charlie']);
      expect(await inScope({ owner: ['group:default/team-b'] })).toEqual([
        'charlie',
        'delta',
      ]);
      expect(
        await inScope({ owner: ['group:default/team-b'], tag: ['nlp'] }),
      ).toEqual(['charlie']);
      expect(await inScope({ type: ['ml-service'] })).toHaveLength(5);
      expect(await inScope({ type: ['other'] })).toEqual([]);
      expect(await inScope({ lifecycle: ['experimental'] })).toEqual(['alpha']);
      // The scorecard's own type and tag filters work the same way.
      const tagged = await scorecard.queryScorecardPage(
        pageQuery({ tag: ['Nlp'], type: ['ML-SERVICE'] }),
        NOW,
        ALL,
      );
      expect(names(tagged.items)).toEqual(['alpha', 'charlie']);
    });

    it('counts only the services the caller may see', async () => {
      const { knex, campaigns, campaignProgress } = await seeded(databaseId);
      const campaign = await campaigns.create(levelGoal(2), 'user:default/x');
      const teamB: Visibility = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      const progress = await campaignProgress.campaignProgress(
        campaign,
        NOW,
        teamB,
      );
      expect(progress).toMatchObject({ inScope: 2, done: 1 });
      expect(progress.teams.map(t => t.owner)).toEqual([
        'group:default/team-b',
      ]);
      const history = await campaignProgress.campaignHistory(
        campaign,
        NOW,
        teamB,
      );
      expect(history.inScope).toBe(2);
      expect(history.points.at(-1)!.done).toBe(1);
      const none = await campaignProgress.campaignProgress(campaign, NOW, {
        kind: 'none',
      });
      expect(none).toMatchObject({ inScope: 0, done: 0, doneShare: null });
    });

    it('replays the revisions into progress over time', async () => {
      const { campaigns, campaignProgress } = await seeded(databaseId);
      const campaign = await campaigns.create(levelGoal(2), 'user:default/x');
      const history = await campaignProgress.campaignHistory(
        campaign,
        NOW,
        ALL,
      );
      expect(history.inScope).toBe(4);
      const day = (offset: number) =>
        new Date(Math.floor(START.getTime() / DAY) * DAY + offset * DAY)
          .toISOString()
          .slice(0, 10);
      // charlie counts from the start and drops out on day 4; delta comes
      // in on day 6. alpha reaches Level 3 on day 2 but is not in scope.
      expect(history.points).toEqual([
        { date: day(0), done: 1 },
        { date: day(1), done: 1 },
        { date: day(2), done: 1 },
        { date: day(3), done: 1 },
        { date: day(4), done: 0 },
        { date: day(5), done: 0 },
        { date: day(6), done: 1 },
        { date: day(7), done: 1 },
        { date: day(8), done: 1 },
        { date: day(9), done: 1 },
        { date: day(10), done: 1 },
      ]);
      // The last point agrees with the progress counted from the scorecard.
      const progress = await campaignProgress.campaignProgress(
        campaign,
        NOW,
        ALL,
      );
      expect(history.points.at(-1)!.done).toBe(progress.done);

      // A reassess goal counts each service from its first submission since
      // the start: alpha on day 2, charlie on day 4, delta on day 6.
      const reassess = await campaigns.create(
        { ...levelGoal(1, {}), goal: { kind: 'reassess' } },
        'user:default/x',
      );
      const counts = (
        await campaignProgress.campaignHistory(reassess, NOW, ALL)
      ).points.map(p => p.done);
      expect(counts).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3]);

      // A campaign that has not started has no history yet.
      const future: Campaign = await campaigns.create(
        {
          ...levelGoal(2),
          startsAt: new Date(NOW.getTime() + DAY),
        },
        'user:default/x',
      );
      expect(
        (await campaignProgress.campaignHistory(future, NOW, ALL)).points,
      ).toEqual([]);
    });

    it('tells which active campaigns hold a service, and whether it is done', async () => {
      const { campaigns, campaignProgress } = await seeded(databaseId);
      const production = await campaigns.create(levelGoal(2), 'user:default/x');
      const nlp = await campaigns.create(
        levelGoal(3, { tag: ['nlp'] }),
        'user:default/x',
      );
      const active = [production, nlp];
      const membership = async (name: string) =>
        (
          await campaignProgress.campaignMembership(
            `component:default/${name}`,
            active,
          )
        ).map(m => [m.campaign.id, m.done]);
      expect(await membership('alpha')).toEqual([[nlp.id, true]]);
      expect(await membership('charlie')).toEqual([
        [production.id, false],
        [nlp.id, false],
      ]);
      expect(await membership('delta')).toEqual([[production.id, true]]);
      expect(await membership('unknown')).toEqual([]);
    });
  });
});
