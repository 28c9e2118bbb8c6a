import { mockServices } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers as uniform } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createStores } from './createStores';
import { ResolvedScorecardQuery } from './scorecardTypes';
import { forgetSummaryRollups } from './summaryRollupReads';
import {
  ALL,
  DAY,
  names,
  NOW,
  query,
  seededStores,
  service,
  SERVICES,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(60_000);

describe('ScorecardQueryStore', () => {
  const databases = createTestDatabases();

  const seeded = async (databaseId: Parameters<typeof databases.init>[0]) =>
    seededStores(await databases.init(databaseId));

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('ranks by score with unassessed services last, in both directions', async () => {
      const { scorecard } = await seeded(databaseId);
      // bravo and delta tie at 1: ties break on the entity ref, in the
      // direction of the sort.
      const desc = await scorecard.queryScorecard(query(), STALE_BEFORE, ALL);
      expect(names(desc.items)).toEqual([
        'alpha',
        'charlie',
        'delta',
        'bravo',
        'echo',
      ]);
      const asc = await scorecard.queryScorecard(
        query({ order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(names(asc.items)).toEqual([
        'bravo',
        'delta',
        'charlie',
        'alpha',
        'echo',
      ]);
      const byName = await scorecard.queryScorecard(
        query({ orderBy: 'name', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      // Sorted by title where there is one: "50%_off model" < "Alpha Ranker" < bravo ...
      expect(names(byName.items)).toEqual([
        'delta',
        'alpha',
        'bravo',
        'charlie',
        'echo',
      ]);
      const byUpdate = await scorecard.queryScorecard(
        query({ orderBy: 'updatedAt' }),
        STALE_BEFORE,
        ALL,
      );
      expect(names(byUpdate.items)).toEqual([
        'delta',
        'alpha',
        'charlie',
        'bravo',
        'echo',
      ]);
      const byOwner = await scorecard.queryScorecard(
        query({ orderBy: 'owner', order: 'desc' }),
        STALE_BEFORE,
        ALL,
      );
      // Owners descending, and within an owner display names descending too
      // (one index serves the order both ways).
      expect(names(byOwner.items)).toEqual([
        'echo',
        'charlie',
        'delta',
        'bravo',
        'alpha',
      ]);
    });

    it('describes each row with its current assessment and staleness', async () => {
      const { scorecard } = await seeded(databaseId);
      const { items } = await scorecard.queryScorecard(
        query({ orderBy: 'name', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      const bravo = items.find(r => r.name === 'bravo')!;
      expect(bravo).toMatchObject({
        entityRef: 'component:default/bravo',
        owner: 'group:default/team-a',
        system: 'system:default/search',
        assessed: true,
        revision: 1,
        score: 1,
        level: 1,
        gatedLevel: 1,
        updatedBy: 'user:default/someone',
        stale: true,
      });
      expect(new Date(bravo.updatedAt!).getTime()).toBe(NOW - 200 * DAY);
      expect(items.find(r => r.name === 'echo')).toMatchObject({
        assessed: false,
        score: null,
        level: null,
        updatedAt: null,
        stale: false,
      });
    });

    it('filters, and aggregates over the whole filtered set', async () => {
      const { scorecard } = await seeded(databaseId);
      const all = await scorecard.queryScorecard(query(), STALE_BEFORE, ALL);
      expect(all.totalCount).toBe(5);
      // Scores 3, 1, 2, 1 -> mean 1.75
      expect(all.summary).toEqual({
        serviceCount: 5,
        assessedCount: 4,
        staleCount: 1,
        meanScore: 1.75,
        withTargetCount: 0,
        atTargetCount: 0,
        // Nothing measured against evidence here (see evidenceShare.test.ts).
        evidenceShare: null,
        evidenceSuggestsHigherCount: 0,
        meanVerifiedScore: null,
        verifiedBelowClaimedCount: 0,
      });
      expect(all.levelDistribution).toEqual({
        levels: { '0': 0, '1': 2, '2': 1, '3': 1, '4': 0 },
        notAssessed: 1,
      });
      expect(all.owners).toEqual([
        {
          owner: 'group:default/team-a',
          serviceCount: 2,
          assessedCount: 2,
          assessedShare: 1,
          meanScore: 2,
          lowestLevel: 1,
          withTargetCount: 0,
          atTargetCount: 0,
          atTargetShare: null,
          evidenceShare: null,
          evidenceSuggestsHigherCount: 0,
          meanVerifiedScore: null,
          lowestVerifiedLevel: null,
          verifiedBelowClaimedCount: 0,
        },
        {
          owner: 'group:default/team-b',
          serviceCount: 2,
          assessedCount: 2,
          assessedShare: 1,
          meanScore: 1.5,
          lowestLevel: 1,
          withTargetCount: 0,
          atTargetCount: 0,
          atTargetShare: null,
          evidenceShare: null,
          evidenceSuggestsHigherCount: 0,
          meanVerifiedScore: null,
          lowestVerifiedLevel: null,
          verifiedBelowClaimedCount: 0,
        },
        {
          owner: 'group:default/team-c',
          serviceCount: 1,
          assessedCount: 0,
          assessedShare: 0,
          meanScore: null,
          lowestLevel: null,
          withTargetCount: 0,
          atTargetCount: 0,
          atTargetShare: null,
          evidenceShare: null,
          evidenceSuggestsHigherCount: 0,
          meanVerifiedScore: null,
          lowestVerifiedLevel: null,
          verifiedBelowClaimedCount: 0,
        },
      ]);

      const check = async (
        filter: Partial<ResolvedScorecardQuery>,
        expected: string[],
      ) => {
        const result = await scorecard.queryScorecard(
          query({ ...filter, orderBy: 'name', order: 'asc' }),
          STALE_BEFORE,
          ALL,
        );
        expect(names(result.items)).toEqual(expected);
        expect(result.totalCount).toBe(expected.length);
      };
      await check({ owner: ['group:default/team-b'] }, ['delta', 'charlie']);
      await check({ owner: ['group:default/team-a', 'group:default/team-c'] }, [
        'alpha',
        'bravo',
        'echo',
      ]);
      await check({ system: ['system:default/search'] }, ['alpha', 'bravo']);
      await check({ domain: ['domain:default/risk'] }, ['charlie']);
      await check({ lifecycle: ['experimental'] }, ['alpha']);
      await check({ level: [1] }, ['delta', 'bravo']);
      await check({ level: [2, 3] }, ['alpha', 'charlie']);
      await check({ assessed: false }, ['echo']);
      await check({ assessed: true }, ['delta', 'alpha', 'bravo', 'charlie']);
      await check({ stale: true }, ['bravo']);
      await check({ stale: false }, ['delta', 'alpha', 'charlie', 'echo']);
      await check({ q: 'RANK' }, ['alpha']);
      await check({ q: 'team-c' }, ['echo']);
      // LIKE wildcards in the search text are literal characters.
      await check({ q: '50%_' }, ['delta']);
      await check({ q: '%' }, ['delta']);
      await check({ q: '_' }, ['delta']);

      const teamB = await scorecard.queryScorecard(
        query({ owner: ['group:default/team-b'] }),
        STALE_BEFORE,
        ALL,
      );
      expect(teamB.summary).toEqual({
        serviceCount: 2,
        assessedCount: 2,
        staleCount: 0,
        meanScore: 1.5,
        withTargetCount: 0,
        atTargetCount: 0,
        evidenceShare: null,
        evidenceSuggestsHigherCount: 0,
        meanVerifiedScore: null,
        verifiedBelowClaimedCount: 0,
      });
      expect(teamB.owners.map(o => o.owner)).toEqual(['group:default/team-b']);
    });

    it('pages through the ranking', async () => {
      const { scorecard } = await seeded(databaseId);
      const page1 = await scorecard.queryScorecard(
        query({ limit: 2, offset: 0 }),
        STALE_BEFORE,
        ALL,
      );
      const page2 = await scorecard.queryScorecard(
        query({ limit: 2, offset: 2 }),
        STALE_BEFORE,
        ALL,
      );
      const page3 = await scorecard.queryScorecard(
        query({ limit: 2, offset: 4 }),
        STALE_BEFORE,
        ALL,
      );
      expect([page1, page2, page3].map(p => names(p.items))).toEqual([
        ['alpha', 'charlie'],
        ['delta', 'bravo'],
        ['echo'],
      ]);
      expect(page3.totalCount).toBe(5);
    });

    it('reuses a summary until a write on any instance changes the data', async () => {
      const { knex, scorecard } = await seeded(databaseId);
      const other = await createStores({
        database: mockServices.database({ knex }),
      });
      const summary = (visibility: Visibility = ALL) =>
        scorecard.queryScorecardSummary({}, STALE_BEFORE, visibility);
      expect((await summary()).totalCount).toBe(5);

      // Computed once: a change behind the stores' backs goes unseen...
      await knex('mlops_maturity_entities')
        .where('name', 'echo')
        .update({ owner: 'group:default/team-z' });
      const owners = async () => (await summary()).owners.map(o => o.owner);
      expect(await owners()).not.toContain('group:default/team-z');
      // (The summary's roll-ups miss it too: the repair of such a write.)
      await forgetSummaryRollups(knex);
      // ...until a write through a store, here another instance's, retires it.
      await other.mlServices.replaceAll([
        ...SERVICES,
        service('foxtrot', 'team-c'),
      ]);
      expect((await summary()).totalCount).toBe(6);
      await other.assessments.submit({
        entityRef: 'component:default/echo',
        entityUid: 'uid-echo',
        baseRevision: null,
        model,
        answers: uniform(4),
        result: computeScore(model, uniform(4)),
        author: 'user:default/someone',
        createdAt: new Date(NOW),
      });
      expect((await summary()).summary.assessedCount).toBe(5);

      // Restrictions are kept apart by their key, and one without a key
      // (a set asked of the catalog) is computed every time.
      const teamB = (cacheKey?: string): Visibility => ({
        kind: 'restricted',
        cacheKey,
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      });
      expect((await summary(teamB('b'))).totalCount).toBe(2);
      expect((await summary(teamB())).totalCount).toBe(2);
      await knex('mlops_maturity_entities')
        .where('name', 'charlie')
        .update({ owner: 'group:default/team-z' });
      expect((await summary(teamB('b'))).owners.map(o => o.owner)).toEqual([
        'group:default/team-b',
      ]);
      expect((await summary(teamB())).owners.map(o => o.owner).sort()).toEqual([
        'group:default/team-b',
        'group:default/team-z',
      ]);
    });
  });
});
