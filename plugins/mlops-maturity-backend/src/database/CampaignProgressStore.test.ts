import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { NewCampaign } from './CampaignStore';
import { createTestDatabases } from '../testUtils';
import {
  ALL,
  at,
  DAY,
  levelGoal,
  names,
  NOW,
  pageQuery,
  START,
  seededCampaignStores,
} from '../__testUtils__/campaignFixtures';

jest.setTimeout(60_000);

describe('CampaignProgressStore', () => {
  const databases = createTestDatabases();
  const seeded = (databaseId: Parameters<typeof databases.init>[0]) =>
    seededCampaignStores(databases, databaseId);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
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

    it('counts a campaign closed before today as at the end of its closing day', async () => {
      const { campaigns, campaignProgress } = await seeded(databaseId);
      const open = await campaigns.create(levelGoal(2), 'user:default/x');
      // Closed on day 4: charlie had fallen below the goal that day and
      // delta reached it only on day 6, so none was done at the closing.
      const closed: Campaign = { ...open, closedAt: at(4).toISOString() };
      const progress = await campaignProgress.campaignProgress(
        closed,
        NOW,
        ALL,
      );
      expect(progress).toMatchObject({
        inScope: 4,
        done: 0,
        remaining: 4,
        overdue: 0,
      });
      expect(progress.teams.map(t => [t.owner, t.inScope, t.done])).toEqual([
        ['group:default/team-b', 2, 0],
        ['group:default/team-a', 1, 0],
        ['group:default/team-c', 1, 0],
      ]);
      // It agrees with the history's point of that day.
      const history = await campaignProgress.campaignHistory(closed, NOW, ALL);
      expect(history.points.at(-1)!.done).toBe(progress.done);

      // Closed after its deadline, what remained then is overdue.
      const late: Campaign = {
        ...closed,
        deadline: at(3).toISOString(),
        updatedAt: at(4).toISOString(),
      };
      expect(
        await campaignProgress.campaignProgress(late, NOW, ALL),
      ).toMatchObject({ done: 0, remaining: 4, overdue: 4 });

      // Closed today, it counts as the scorecard shows it now (delta done).
      const today: Campaign = {
        ...open,
        closedAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      };
      expect(
        await campaignProgress.campaignProgress(today, NOW, ALL),
      ).toMatchObject({ inScope: 4, done: 1 });
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
