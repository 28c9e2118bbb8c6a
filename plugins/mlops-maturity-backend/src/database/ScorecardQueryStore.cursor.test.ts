import { mockServices } from '@backstage/backend-test-utils';
import {
  SCORECARD_ORDER_FIELDS,
  ScorecardPageResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import {
  ALL,
  DAY,
  NOW,
  query,
  service,
  STALE_BEFORE,
} from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { createStores } from './createStores';
import { decodeCursor, filtersFingerprint } from './scorecardCursor';
import { ResolvedScorecardQuery } from './scorecardTypes';
import { ScorecardQueryStore } from './ScorecardQueryStore';

jest.setTimeout(120_000);

const COUNT = 40;
const PAGE = 7;

/**
 * 40 services with many ties and NULLs in every sort key: every sixth not
 * assessed (some with verified figures left behind), unmeasured evidence,
 * no verified level, Level 4 (no raises), no owner, shared titles.
 */
async function seedTies(knex: Knex) {
  const stores = await createStores({
    database: mockServices.database({ knex }),
  });
  const ids = Array.from({ length: COUNT }, (_, i) => i);
  const name = (i: number) => `svc-${String(i).padStart(2, '0')}`;
  await stores.mlServices.replaceAll(
    ids.map(i =>
      service(name(i), `team-${i % 3}`, {
        title: i % 5 === 0 ? 'Same Title' : null,
        ...(i % 4 === 0 && { owner: null }),
      }),
    ),
  );
  for (const i of ids) {
    const assessed = i % 6 !== 0;
    const level = i % 5;
    const score = [1, 1.5, 2, 2.5][i % 4];
    const verified = i % 4 === 1 ? null : Math.min(level, i % 3);
    await knex('mlops_maturity_entities')
      .where('name', name(i))
      .update({
        assessed: assessed ? 1 : 0,
        revision: assessed ? 1 : null,
        score: assessed ? score : null,
        level: assessed ? level : null,
        gated_level: assessed ? level : null,
        updated_at: assessed ? new Date(NOW - (i % 7) * DAY) : null,
        raises_to_next: assessed && level < 4 ? i % 3 : null,
        evidence_answered: i % 3 === 0 ? null : 10,
        evidence_backed: i % 3 === 0 ? null : 5,
        evidence_share: i % 3 === 0 ? null : [0.25, 0.5][i % 2],
        evidence_higher: i % 3 === 0 ? null : 0,
        verified_level: verified,
        verified_score: verified === null ? null : score - 0.5,
        verified_gaps: verified === null ? null : 1,
      });
  }
  return stores.scorecard;
}

const refs = (page: ScorecardPageResponse) => page.items.map(r => r.entityRef);

/** The page a cursor of `q` leads to. */
const follow = (
  store: ScorecardQueryStore,
  q: ResolvedScorecardQuery,
  cursor: string,
) =>
  store.queryScorecardPage(
    {
      ...q,
      keyset: decodeCursor(cursor, {
        orderBy: q.orderBy,
        order: q.order,
        fingerprint: filtersFingerprint(q),
      }),
    },
    STALE_BEFORE,
    ALL,
  );

describe('ScorecardQueryStore cursor paging', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let store: ScorecardQueryStore;
    beforeAll(async () => {
      store = await seedTies(await databases.init(databaseId));
    });

    const orders = SCORECARD_ORDER_FIELDS.flatMap(orderBy =>
      (['asc', 'desc'] as const).map(order => [orderBy, order] as const),
    );

    it.each(orders)(
      'walks every page by %s %s, forwards and back, in the offset order',
      async (orderBy, order) => {
        const q = query({ orderBy, order, limit: PAGE });
        const whole = await store.queryScorecardPage(
          { ...q, limit: COUNT + 10 },
          STALE_BEFORE,
          ALL,
        );
        const expected = refs(whole);
        expect(expected).toHaveLength(COUNT);

        const pages = [await store.queryScorecardPage(q, STALE_BEFORE, ALL)];
        expect(pages[0].prevCursor).toBeUndefined();
        while (pages[pages.length - 1].nextCursor) {
          const last = pages[pages.length - 1];
          pages.push(await follow(store, q, last.nextCursor!));
          expect(pages.length).toBeLessThan(COUNT);
        }
        expect(pages.flatMap(refs)).toEqual(expected);
        for (const page of pages) {
          expect(refs(page)).toEqual(
            expected.slice(page.offset, page.offset + PAGE),
          );
        }
        expect(pages[pages.length - 1].hasMore).toBe(false);

        const back = [pages[pages.length - 1]];
        while (back[0].prevCursor) {
          back.unshift(await follow(store, q, back[0].prevCursor!));
          expect(back.length).toBeLessThan(COUNT);
        }
        expect(back.flatMap(refs)).toEqual(expected);
      },
    );

    it('goes back from a small offset to the first page', async () => {
      const q = query({ orderBy: 'owner', order: 'desc', limit: PAGE });
      const expected = refs(
        await store.queryScorecardPage(
          { ...q, limit: COUNT },
          STALE_BEFORE,
          ALL,
        ),
      );
      const third = await store.queryScorecardPage(
        { ...q, offset: 3 },
        STALE_BEFORE,
        ALL,
      );
      const first = await follow(store, q, third.prevCursor!);
      expect(first.offset).toBe(0);
      expect(refs(first)).toEqual(expected.slice(0, PAGE));
      expect(first.prevCursor).toBeUndefined();
    });

    it('streams in keyset chunks the whole filtered set in order', async () => {
      for (const orderBy of [
        'evidenceShare',
        'owner',
        'verifiedLevel',
      ] as const) {
        const q = query({ orderBy, order: 'asc', assessed: true });
        const whole = await store.queryScorecardPage(
          { ...q, limit: COUNT },
          STALE_BEFORE,
          ALL,
        );
        const chunks = [];
        for await (const chunk of store.streamScorecard(
          q,
          STALE_BEFORE,
          ALL,
          4,
        )) {
          chunks.push(chunk);
        }
        expect(chunks.every(chunk => chunk.length <= 4)).toBe(true);
        expect(chunks.flat().map(r => r.entityRef)).toEqual(refs(whole));
      }
    });
  });
});
