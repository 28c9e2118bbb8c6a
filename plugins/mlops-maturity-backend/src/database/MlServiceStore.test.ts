import { mockServices } from '@backstage/backend-test-utils';
import {
  AssessmentAnswers,
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createStores } from './createStores';
import { MlServiceRecord, ResolvedScorecardQuery } from './MlServiceStore';
import { whereSearchCriteria } from '../visibility/catalogConditions';
import { Visibility } from '../visibility/ScorecardVisibility';
import { createTestDatabases } from '../testUtils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const STALE_BEFORE = new Date(NOW - 90 * DAY);

const service = (
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

const SERVICES: MlServiceRecord[] = [
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
const ASSESSED: Record<string, [MaturityLevelNumber, number]> = {
  alpha: [3, 10],
  bravo: [1, 200],
  charlie: [2, 30],
  delta: [1, 5],
};

const ALL: Visibility = { kind: 'all' };

const uniform = uniformAnswers;

const query = (
  overrides: Partial<ResolvedScorecardQuery> = {},
): ResolvedScorecardQuery => ({
  limit: 50,
  offset: 0,
  orderBy: 'score',
  order: 'desc',
  ...overrides,
});

describe('MlServiceStore', () => {
  const databases = createTestDatabases();

  async function seeded(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const { assessments, mlServices: store } = await createStores({
      database: mockServices.database({ knex }),
    });
    await store.replaceAll(SERVICES);
    for (const [name, [level, daysAgo]] of Object.entries(ASSESSED)) {
      await assessments.submit({
        entityRef: `component:default/${name}`,
        entityUid: `uid-${name}`,
        baseRevision: null,
        model,
        answers: uniform(level),
        result: computeScore(model, uniform(level)),
        author: 'user:default/someone',
        createdAt: new Date(NOW - daysAgo * DAY),
      });
    }
    return { knex, store, assessments };
  }

  const names = (rows: Array<{ name: string }>) => rows.map(r => r.name);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('mirrors the catalog, writing only what changed', async () => {
      const { store } = await seeded(databaseId);
      expect(await store.replaceAll(SERVICES)).toEqual({
        added: 0,
        updated: 0,
        removed: 0,
      });
      const next = [
        ...SERVICES.filter(s => s.name !== 'echo'),
        service('foxtrot', 'team-c'),
      ].map(s =>
        s.name === 'alpha' ? { ...s, owner: 'group:default/team-b' } : s,
      );
      expect(await store.replaceAll(next)).toEqual({
        added: 1,
        updated: 1,
        removed: 1,
      });
      expect(
        names(
          await store
            .listServices()
            .then(l => l.map(s => ({ name: s.entityRef.split('/')[1] }))),
        ),
      ).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'foxtrot']);
    });

    // Only SQLite needs it: the others gather statistics themselves.
    if (databaseId.startsWith('SQLITE')) {
      it('gives SQLite statistics on the scorecard table when the sync adds or removes services', async () => {
        const { knex, store } = await seeded(databaseId);
        const statistics = async () =>
          knex('sqlite_stat1')
            .where('tbl', 'mlops_maturity_entities')
            .count({ n: '*' })
            .then(([{ n }]) => Number(n));
        expect(await statistics()).toBeGreaterThan(0);
        await knex.raw('delete from sqlite_stat1');
        await store.replaceAll(SERVICES); // nothing changed: no new statistics
        expect(await statistics()).toBe(0);
        await store.replaceAll([...SERVICES, service('foxtrot', 'team-c')]);
        expect(await statistics()).toBeGreaterThan(0);
      });
    }

    it('shows an assessment made before the catalog sync listed the service', async () => {
      const { store, assessments } = await seeded(databaseId);
      const late = service('golf', 'team-c');
      await assessments.submit({
        entityRef: late.entityRef,
        entityUid: late.entityUid,
        baseRevision: null,
        model,
        answers: uniform(4),
        result: computeScore(model, uniform(4)),
        author: 'user:default/someone',
      });
      await store.replaceAll([...SERVICES, late]);
      const { items } = await store.queryScorecard(
        query({ limit: 1 }),
        STALE_BEFORE,
        ALL,
      );
      expect(items[0]).toMatchObject({
        name: 'golf',
        assessed: true,
        revision: 1,
        score: 4,
      });

      // A later revision moves the scorecard at once, and a sync never moves it back.
      await assessments.submit({
        entityRef: late.entityRef,
        entityUid: late.entityUid,
        baseRevision: 1,
        model,
        answers: uniform(0),
        result: computeScore(model, uniform(0)),
        author: 'user:default/someone',
      });
      await store.replaceAll([...SERVICES, late]);
      const again = await store.queryScorecard(
        query({ q: 'golf' }),
        STALE_BEFORE,
        ALL,
      );
      expect(again.items[0]).toMatchObject({ revision: 2, score: 0, level: 0 });
    });

    it('ranks by score with unassessed services last, in both directions', async () => {
      const { store } = await seeded(databaseId);
      // bravo and delta tie at 1: ties break on the entity ref, in the
      // direction of the sort.
      const desc = await store.queryScorecard(query(), STALE_BEFORE, ALL);
      expect(names(desc.items)).toEqual([
        'alpha',
        'charlie',
        'delta',
        'bravo',
        'echo',
      ]);
      const asc = await store.queryScorecard(
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
      const byName = await store.queryScorecard(
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
      const byUpdate = await store.queryScorecard(
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
      const byOwner = await store.queryScorecard(
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

    it('counts the answer raises to the next level, sorts by them with Level 4 after every count, and fills counts stored before they were kept', async () => {
      const knex = await databases.init(databaseId);
      const { assessments, mlServices: store } = await createStores({
        database: mockServices.database({ knex }),
      });
      await store.replaceAll(SERVICES);
      // People & Process at 2, the rest at 1: 1.3, two People raises from
      // Level 2 (0.1 each). Uniform 1: five People raises. Uniform 3: three
      // People raises (0.3), then four of 0.0625. Uniform 4: no next level.
      const nearly = {
        ...uniform(1),
        'team-collaboration': { level: 2 },
        'deployment-process': { level: 2 },
        'incident-response': { level: 2 },
      } as AssessmentAnswers;
      const answers: Record<string, AssessmentAnswers> = {
        alpha: uniform(3),
        bravo: nearly,
        charlie: uniform(4),
        delta: uniform(1),
      };
      for (const [name, a] of Object.entries(answers)) {
        await assessments.submit({
          entityRef: `component:default/${name}`,
          entityUid: `uid-${name}`,
          baseRevision: null,
          model,
          answers: a,
          result: computeScore(model, a),
          author: 'user:default/someone',
        });
      }
      const raises = (
        rows: Array<{ name: string; raisesToNextLevel: number | null }>,
      ) => rows.map(r => [r.name, r.raisesToNextLevel]);
      const asc = await store.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(raises(asc.items)).toEqual([
        ['bravo', 2],
        ['delta', 5],
        ['alpha', 7],
        ['charlie', null],
        ['echo', null],
      ]);
      const desc = await store.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'desc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(names(desc.items)).toEqual([
        'alpha',
        'delta',
        'bravo',
        'charlie',
        'echo',
      ]);

      // As a database upgraded from the release before: no counts stored.
      for (const table of [
        'mlops_maturity_current',
        'mlops_maturity_entities',
      ]) {
        await knex(table).update({ raises_to_next: null });
      }
      // A hand-written row whose result has another shape is skipped.
      await knex('mlops_maturity_revisions')
        .where({ entity_ref: 'component:default/delta' })
        .update({ result: '{}' });
      expect(await assessments.fillRaisesToNextLevel()).toBe(2);
      await knex('mlops_maturity_revisions')
        .where({ entity_ref: 'component:default/delta' })
        .update({
          result: JSON.stringify(computeScore(model, answers.delta)),
        });
      expect(await assessments.fillRaisesToNextLevel()).toBe(1);
      const filled = await store.queryScorecard(
        query({ orderBy: 'raisesToNextLevel', order: 'asc' }),
        STALE_BEFORE,
        ALL,
      );
      expect(raises(filled.items)).toEqual(raises(asc.items));
      expect(await assessments.fillRaisesToNextLevel()).toBe(0);
    });

    it('describes each row with its current assessment and staleness', async () => {
      const { store } = await seeded(databaseId);
      const { items } = await store.queryScorecard(
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
      const { store } = await seeded(databaseId);
      const all = await store.queryScorecard(query(), STALE_BEFORE, ALL);
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
        },
      ]);

      const check = async (
        filter: Partial<ResolvedScorecardQuery>,
        expected: string[],
      ) => {
        const result = await store.queryScorecard(
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

      const teamB = await store.queryScorecard(
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
      });
      expect(teamB.owners.map(o => o.owner)).toEqual(['group:default/team-b']);
    });

    it("keeps each service's target, flags whether it is met, filters and counts by it", async () => {
      const { store } = await seeded(databaseId);
      // alpha is at Level 3, bravo and delta at 1, charlie at 2, echo unassessed.
      const targets: Record<string, number | null> = {
        alpha: 2,
        bravo: 2,
        charlie: null,
        delta: 1,
        echo: 1,
      };
      const withTargets = SERVICES.map(s => ({
        ...s,
        targetLevel: targets[s.name] as MaturityLevelNumber | null,
        targetTitle: targets[s.name] === null ? null : `L${targets[s.name]}`,
      }));
      // A changed target is a change of the row.
      expect((await store.replaceAll(withTargets)).updated).toBe(4);

      const byName = async (filter: Partial<ResolvedScorecardQuery> = {}) => {
        const result = await store.queryScorecard(
          query({ ...filter, orderBy: 'name', order: 'asc' }),
          STALE_BEFORE,
          ALL,
        );
        return {
          rows: Object.fromEntries(
            result.items.map(r => [
              r.name,
              [r.targetLevel, r.targetTitle, r.targetMet],
            ]),
          ),
          summary: result.summary,
          owners: result.owners.map(o => [
            o.owner,
            o.withTargetCount,
            o.atTargetCount,
            o.atTargetShare,
          ]),
        };
      };
      const all = await byName();
      expect(all.rows).toEqual({
        alpha: [2, 'L2', true],
        bravo: [2, 'L2', false],
        charlie: [null, null, null],
        delta: [1, 'L1', true],
        echo: [1, 'L1', false],
      });
      expect(all.summary).toMatchObject({
        withTargetCount: 4,
        atTargetCount: 2,
      });
      expect(all.owners).toEqual([
        ['group:default/team-a', 2, 1, 0.5],
        ['group:default/team-b', 1, 1, 1],
        ['group:default/team-c', 1, 0, 0],
      ]);
      expect(Object.keys((await byName({ belowTarget: true })).rows)).toEqual([
        'bravo',
        'echo',
      ]);
      // (in name order: delta's title is "50%_off model")
      expect(Object.keys((await byName({ belowTarget: false })).rows)).toEqual([
        'delta',
        'alpha',
        'charlie',
      ]);
      const below = await byName({ belowTarget: true });
      expect(below.summary).toMatchObject({
        serviceCount: 2,
        withTargetCount: 2,
        atTargetCount: 0,
      });
    });

    it('pages through the ranking', async () => {
      const { store } = await seeded(databaseId);
      const page1 = await store.queryScorecard(
        query({ limit: 2, offset: 0 }),
        STALE_BEFORE,
        ALL,
      );
      const page2 = await store.queryScorecard(
        query({ limit: 2, offset: 2 }),
        STALE_BEFORE,
        ALL,
      );
      const page3 = await store.queryScorecard(
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

    it("starts a re-created entity unassessed and keeps its search rows with the catalog's", async () => {
      const { knex, store, assessments } = await seeded(databaseId);
      const searchOf = async (ref: string) =>
        (
          await knex('mlops_maturity_entity_search')
            .where('entity_ref', ref)
            .orderBy(['search_key', 'search_value'])
            .select('search_key', 'search_value')
        ).map(r => `${r.search_key}=${r.search_value}`);
      expect(await searchOf('component:default/alpha')).toEqual([
        'kind=component',
        'relations.ownedby=group:default/team-a',
      ]);

      // alpha is deleted and registered again by team-b: a new uid.
      const reborn = service('alpha', 'team-b', { entityUid: 'uid-alpha-2' });
      await store.replaceAll(
        SERVICES.map(s => (s.name === 'alpha' ? reborn : s)),
      );
      const all = await store.queryScorecard(
        query({ q: 'alpha' }),
        STALE_BEFORE,
        ALL,
      );
      expect(all.items[0]).toMatchObject({
        name: 'alpha',
        owner: 'group:default/team-b',
        assessed: false,
        revision: null,
      });
      expect(await searchOf('component:default/alpha')).toEqual([
        'kind=component',
        'relations.ownedby=group:default/team-b',
      ]);

      // Its own first assessment shows; the earlier entity's never comes back.
      await assessments.submit({
        entityRef: reborn.entityRef,
        entityUid: reborn.entityUid,
        baseRevision: null,
        model,
        answers: uniform(0),
        result: computeScore(model, uniform(0)),
        author: 'user:default/bea',
      });
      await store.replaceAll(
        SERVICES.map(s => (s.name === 'alpha' ? reborn : s)),
      );
      const again = await store.queryScorecard(
        query({ q: 'alpha' }),
        STALE_BEFORE,
        ALL,
      );
      expect(again.items[0]).toMatchObject({ revision: 1, score: 0 });

      // A service that leaves the catalog takes its search rows along.
      await store.replaceAll(SERVICES.filter(s => s.name !== 'alpha'));
      expect(await searchOf('component:default/alpha')).toEqual([]);
    });

    it('shows only what the visibility lets through, in every figure', async () => {
      const { knex, store } = await seeded(databaseId);
      const teamB: Visibility = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      const page = await store.queryScorecard(
        query({ limit: 1 }),
        STALE_BEFORE,
        teamB,
      );
      expect(names(page.items)).toEqual(['charlie']);
      expect(page.totalCount).toBe(2);
      expect(page.summary).toEqual({
        serviceCount: 2,
        assessedCount: 2,
        staleCount: 0,
        meanScore: 1.5,
        withTargetCount: 0,
        atTargetCount: 0,
        evidenceShare: null,
        evidenceSuggestsHigherCount: 0,
      });
      expect(page.levelDistribution.levels).toEqual({
        '0': 0,
        '1': 1,
        '2': 1,
        '3': 0,
        '4': 0,
      });
      expect(page.owners.map(o => o.owner)).toEqual(['group:default/team-b']);
      // Combined with a filter that selects none of them.
      const none = await store.queryScorecard(
        query({ owner: ['group:default/team-a'] }),
        STALE_BEFORE,
        teamB,
      );
      expect(none.totalCount).toBe(0);

      const denied = await store.queryScorecard(query(), STALE_BEFORE, {
        kind: 'none',
      });
      expect(denied).toMatchObject({
        items: [],
        totalCount: 0,
        owners: [],
        summary: { serviceCount: 0, meanScore: null },
      });
      const exported = [];
      for await (const chunk of store.streamScorecard(
        { orderBy: 'name', order: 'asc' },
        STALE_BEFORE,
        teamB,
      )) {
        exported.push(...names(chunk));
      }
      expect(exported).toEqual(['delta', 'charlie']);
    });

    it('reuses a summary until a write on any instance changes the data', async () => {
      const { knex, store } = await seeded(databaseId);
      const other = await createStores({
        database: mockServices.database({ knex }),
      });
      const summary = (visibility: Visibility = ALL) =>
        store.queryScorecardSummary({}, STALE_BEFORE, visibility);
      expect((await summary()).totalCount).toBe(5);

      // Computed once: a change behind the stores' backs goes unseen...
      await knex('mlops_maturity_entities')
        .where('name', 'echo')
        .update({ owner: 'group:default/team-z' });
      const owners = async () => (await summary()).owners.map(o => o.owner);
      expect(await owners()).not.toContain('group:default/team-z');
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

    it('frees the connection when a reader stops streaming early', async () => {
      const { store } = await seeded(databaseId);
      // More early stops than any pool has connections.
      for (let i = 0; i < 12; i++) {
        for await (const chunk of store.streamScorecard(
          { orderBy: 'score', order: 'desc' },
          STALE_BEFORE,
          ALL,
          1,
        )) {
          expect(chunk).toHaveLength(1);
          break;
        }
      }
      const after = await store.queryScorecard(query(), STALE_BEFORE, ALL);
      expect(after.totalCount).toBe(5);
    });

    it('holds no database connection while the consumer of a stream waits', async () => {
      const { knex, store } = await seeded(databaseId);
      // More suspended streams than the pool has connections, each waiting
      // between two chunks, as a stalled export reader makes it wait.
      const pool = (knex.client as any).pool;
      const streams = Array.from({ length: pool.max + 1 }, () =>
        store.streamScorecard(
          { orderBy: 'name', order: 'asc' },
          STALE_BEFORE,
          ALL,
          2,
        ),
      );
      for (const stream of streams) {
        expect((await stream.next()).value).toHaveLength(2);
      }
      const page = store.queryScorecard(query(), STALE_BEFORE, ALL);
      const waited = await Promise.race([
        page.then(p => p.totalCount),
        new Promise(resolve =>
          setTimeout(() => resolve('no connection'), 5000),
        ),
      ]);
      expect(waited).toBe(5);
      // What a stream yields after the wait reflects writes made meanwhile
      // and leaves out services that left; none comes twice.
      await knex('mlops_maturity_entities')
        .where('name', 'charlie')
        .update({ title: 'Charlie, renamed' });
      await knex('mlops_maturity_entities').where('name', 'echo').delete();
      const rest = [];
      for await (const chunk of streams[0]) rest.push(...chunk);
      expect(rest.map(r => [r.name, r.title])).toEqual([
        ['bravo', null],
        ['charlie', 'Charlie, renamed'],
      ]);
      await Promise.all(streams.map(stream => stream.return(undefined)));
    });

    it('streams the whole filtered set in the same order', async () => {
      const { store } = await seeded(databaseId);
      const chunks = [];
      for await (const chunk of store.streamScorecard(
        {
          orderBy: 'score',
          order: 'desc',
          owner: ['group:default/team-a', 'group:default/team-b'],
        },
        STALE_BEFORE,
        ALL,
        3,
      )) {
        chunks.push(names(chunk));
      }
      expect(chunks).toEqual([['alpha', 'charlie', 'delta'], ['bravo']]);
    });
  });
});
