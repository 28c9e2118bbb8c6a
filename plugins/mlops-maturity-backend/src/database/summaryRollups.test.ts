/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectNoDrift"] }] */
import { mockServices } from '@backstage/backend-test-utils';
import {
  computeScore,
  defaultMaturityModel as model,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { Knex } from 'knex';
import {
  ALL,
  DAY,
  SERVICES,
  service,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { createStores } from './createStores';
import { ScorecardHeadlineStore } from './ScorecardHeadlineStore';
import { ScorecardQueryStore } from './ScorecardQueryStore';
import { ENTITIES } from './scorecardTable';
import { ScorecardFilters } from './scorecardTypes';
import { rebuildSummaryRollups } from './summaryRollupReads';
import { VerifiedLevelStore } from './VerifiedLevelStore';

jest.setTimeout(120_000);

/** Numbers to 9 decimals: sums kept by differences may differ in the last bits. */
const rounded = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, rounded(v)]),
    );
  }
  return value;
};

const FILTERS: ScorecardFilters[] = [
  {},
  { owner: ['group:default/team-a', 'group:default/team-c'] },
  { level: [1, 2] },
];

/**
 * The summary read from the roll-ups (a new store: no cached summary) and
 * the one a full grouped pass gives (a restriction without a cache key
 * always groups the table), for each filter the roll-ups serve.
 */
async function expectNoDrift(knex: Knex, staleBefore = STALE_BEFORE) {
  const store = new ScorecardQueryStore(knex);
  for (const filters of FILTERS) {
    const maintained = await store.queryScorecardSummary(
      filters,
      staleBefore,
      ALL,
    );
    const recomputed = await store.queryScorecardSummary(filters, staleBefore, {
      kind: 'restricted',
      restrict: q => q,
    });
    expect(rounded(maintained)).toEqual(rounded(recomputed));
  }
}

const ref = (name: string) => `component:default/${name}`;

describe('the summary roll-ups', () => {
  const databases = createTestDatabases();

  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const stores = await createStores({
      database: mockServices.database({ knex }),
    });
    // Built on the empty table: every figure after this is kept by the writes.
    await expectNoDrift(knex);
    const submit = (
      name: string,
      level: MaturityLevelNumber,
      createdAt: Date,
      baseRevision: number | null = null,
    ) =>
      stores.assessments.submit({
        entityRef: ref(name),
        entityUid: `uid-${name}`,
        baseRevision,
        model,
        answers: uniformAnswers(level),
        result: computeScore(model, uniformAnswers(level)),
        author: 'user:default/someone',
        createdAt,
      });
    const rowOf = async (name: string) =>
      knex(ENTITIES)
        .where('entity_ref', ref(name))
        .first('entity_ref', 'entity_uid', 'revision');
    return { knex, stores, submit, rowOf };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('equal a full recomputation after every kind of write', async () => {
      const { knex, stores, submit, rowOf } = await setUp(databaseId);
      await stores.mlServices.replaceAll(SERVICES);
      await expectNoDrift(knex);

      await submit('alpha', 3, new Date(Date.now() - 10 * DAY));
      await submit('bravo', 1, new Date(Date.now() - 200 * DAY));
      await submit('charlie', 2, new Date(Date.now() - 30 * DAY));
      await expectNoDrift(knex);
      await submit('alpha', 2, new Date(Date.now() - DAY), 1);
      await expectNoDrift(knex);

      const measured = async (name: string, backed: number, higher = 0) => {
        const row = await rowOf(name);
        return {
          entityRef: row.entity_ref,
          entityUid: row.entity_uid,
          revision: Number(row.revision),
          answered: 10,
          backed,
          higher,
          fingerprint: `${name}-${backed}`,
        };
      };
      const headlines = new ScorecardHeadlineStore(knex);
      await headlines.setEvidence(
        [await measured('alpha', 4, 1), await measured('bravo', 7)],
        new Date(),
      );
      await expectNoDrift(knex);

      const verified = new VerifiedLevelStore(knex);
      const verify = async (name: string, level: MaturityLevelNumber) => {
        const row = await rowOf(name);
        return {
          entityRef: row.entity_ref,
          entityUid: row.entity_uid,
          revision: Number(row.revision),
          score: level + 0.25,
          level,
          gaps: 1,
          until: null,
        };
      };
      await verified.setVerified([
        await verify('alpha', 1),
        await verify('charlie', 2),
      ]);
      await expectNoDrift(knex);

      // Another owner and a target (sync update), a departure, a new
      // service, a service recreated with another uid.
      await stores.mlServices.replaceSome(
        [
          service('bravo', 'team-c', { targetLevel: 2 }),
          service('foxtrot', 'team-d', { targetLevel: 1 }),
          { ...service('charlie', 'team-b'), entityUid: 'uid-charlie-2' },
        ],
        [],
      );
      await expectNoDrift(knex);
      await stores.mlServices.replaceAll(
        SERVICES.filter(s => s.name !== 'echo'),
      );
      await expectNoDrift(knex);
      await stores.mlServices.upsert(service('golf', 'team-a'));
      await submit('golf', 4, new Date());
      await expectNoDrift(knex);
      await knex.transaction(tx =>
        stores.headlines.clearHeadline(tx, ref('bravo')),
      );
      await expectNoDrift(knex);
    });

    it('equal a full recomputation after writes of two instances at once', async () => {
      const { knex, stores, submit, rowOf } = await setUp(databaseId);
      const names = Array.from({ length: 12 }, (_, i) => `svc-${i}`);
      await stores.mlServices.replaceAll(
        names.map((name, i) => service(name, `team-${i % 3}`)),
      );
      for (const [i, name] of names.entries()) {
        await submit(name, (i % 5) as MaturityLevelNumber, new Date());
      }
      const rows = await Promise.all(names.map(rowOf));
      const evidence = (i: number) => ({
        entityRef: rows[i].entity_ref,
        entityUid: rows[i].entity_uid,
        revision: Number(rows[i].revision),
        answered: 8,
        backed: i % 8,
        higher: i % 2,
        fingerprint: `f-${i}`,
      });
      const verifiedRow = (i: number) => ({
        entityRef: rows[i].entity_ref,
        entityUid: rows[i].entity_uid,
        revision: Number(rows[i].revision),
        score: 1.5,
        level: 1 as MaturityLevelNumber,
        gaps: 0,
        until: null,
      });
      // Two instances: each its own stores on the same database.
      const other = await createStores({
        database: mockServices.database({ knex }),
      });
      await Promise.all([
        stores.headlines.setEvidence([0, 1, 2, 3].map(evidence), new Date()),
        other.headlines.setEvidence([4, 5, 6, 7].map(evidence), new Date()),
        stores.verified.setVerified([0, 4, 8].map(verifiedRow)),
        other.verified.setVerified([1, 5, 9].map(verifiedRow)),
        other.mlServices.replaceSome(
          [service('svc-10', 'team-9'), service('svc-11', 'team-9')],
          ['svc-2'].map(ref),
        ),
        submit('svc-3', 4, new Date(), 1),
      ]);
      await expectNoDrift(knex);
    });

    it('count services that turn stale as time moves, without a write', async () => {
      const { knex, stores, submit } = await setUp(databaseId);
      await stores.mlServices.replaceAll(SERVICES);
      const at = (minutes: number) =>
        new Date(STALE_BEFORE.getTime() + minutes * 60_000);
      await submit('alpha', 3, at(20));
      await submit('bravo', 1, at(-20));
      await submit('charlie', 2, at(3 * 60));
      await submit('delta', 1, at(-3 * 60));
      await expectNoDrift(knex, at(0));
      // Later: alpha turns stale (added from the rows past the boundary).
      await expectNoDrift(knex, at(30));
      // Earlier (a longer staleAfterDays): bravo is no longer stale.
      await expectNoDrift(knex, at(-30));
      // Far later and far earlier: re-based.
      await expectNoDrift(knex, at(4 * 60));
      await expectNoDrift(knex, at(-4 * 60));
      const summary = await new ScorecardQueryStore(knex).queryScorecardSummary(
        {},
        at(30),
        ALL,
      );
      // alpha (20 minutes past), bravo and delta.
      expect(summary.summary.staleCount).toBe(3);
    });

    it('are rebuilt from scratch by the repair path', async () => {
      const { knex, stores, submit } = await setUp(databaseId);
      await stores.mlServices.replaceAll(SERVICES);
      await submit('alpha', 3, new Date());
      // A write the roll-ups do not see, then the repair.
      await knex(ENTITIES).where('name', 'bravo').update({ owner: 'x' });
      await rebuildSummaryRollups(knex, STALE_BEFORE);
      await expectNoDrift(knex);
    });
  });
});
