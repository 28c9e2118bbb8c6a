import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { SERVICES } from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';
import { whereSearchCriteria } from '../visibility/catalogConditions';
import { createStores } from './createStores';
import { ReviewQueueQuery } from './reviewQueue';
import { ReviewStore } from './ReviewStore';
import { RowRestriction } from './RowRestriction';

jest.setTimeout(60_000);

const T0 = new Date('2026-12-10T09:00:00.000Z');
const POLICY = {
  requiredFromLevel: 3,
  exemptionsRequireApproval: true,
} as const;
const ALL: RowRestriction = { kind: 'all' };

/** Opens requests for `questions` of a scorecard service at T0 + `minutes`. */
const request = (
  reviews: ReviewStore,
  knex: Knex,
  name: string,
  minutes: number,
  questions: string[],
  entityUid = `uid-${name}`,
) =>
  reviews.syncForRevision(knex, {
    entityRef: `component:default/${name}`,
    entityUid,
    revision: 1,
    author: 'user:default/owner',
    at: new Date(T0.getTime() + minutes * 60_000),
    answers: Object.fromEntries(questions.map(q => [q, { level: 3 }])),
    policy: POLICY,
  });

/** Every page of the queue, `limit` at a time, as "name/question". */
async function walk(
  reviews: ReviewStore,
  query: Omit<ReviewQueueQuery, 'after'>,
): Promise<string[][]> {
  const pages: string[][] = [];
  let after: ReviewQueueQuery['after'];
  do {
    const page = await reviews.pendingQueue({ ...query, after });
    pages.push(page.items.map(item => `${item.name}/${item.questionId}`));
    after = page.next;
  } while (after && pages.length < 10);
  return pages;
}

describe('ReviewStore.pendingQueue', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function seeded() {
      const knex = await databases.init(databaseId);
      const stores = await createStores({
        database: mockServices.database({ knex }),
      });
      // alpha and bravo are team-a's, charlie and delta team-b's, echo team-c's.
      await stores.mlServices.replaceAll(SERVICES);
      const { reviews } = stores;
      await request(reviews, knex, 'alpha', 20, ['q-b', 'q-a']);
      await request(reviews, knex, 'echo', 10, ['q-a']);
      await request(reviews, knex, 'charlie', 10, ['q-a']);
      await request(reviews, knex, 'bravo', 5, ['q-a']);
      await reviews.decide({
        entityRef: 'component:default/bravo',
        entityUid: 'uid-bravo',
        questionId: 'q-a',
        expectedRequestedRevision: 1,
        decision: 'approved',
        decidedBy: 'user:default/rita',
        at: T0,
      });
      // Left behind by an earlier entity of delta's ref.
      await request(reviews, knex, 'delta', 0, ['q-a'], 'uid-deleted');
      return { knex, reviews };
    }

    it('lists pending requests oldest first, a page at a time', async () => {
      const { reviews } = await seeded();
      const first = await reviews.pendingQueue({ restriction: ALL, limit: 2 });
      expect(first.items.map(i => [i.name, i.questionId])).toEqual([
        ['charlie', 'q-a'],
        ['echo', 'q-a'],
      ]);
      expect(first.items[0]).toMatchObject({
        entityRef: 'component:default/charlie',
        entityUid: 'uid-charlie',
        owner: 'group:default/team-b',
        title: null,
        kind: 'level',
        level: 3,
        status: 'pending',
        requestedRevision: 1,
        requestedAt: '2026-12-10T09:10:00.000Z',
        requestedBy: 'user:default/owner',
      });
      expect(first.next).toEqual({
        requestedAt: '2026-12-10T09:10:00.000Z',
        entityRef: 'component:default/echo',
        questionId: 'q-a',
      });
      const second = await reviews.pendingQueue({
        restriction: ALL,
        limit: 2,
        after: first.next,
      });
      expect(second.items.map(i => `${i.name}/${i.questionId}`)).toEqual([
        'alpha/q-a',
        'alpha/q-b',
      ]);
      expect(second.items[0].title).toBe('Alpha Ranker');
      expect(second.next).toBeUndefined();
      // One at a time, every page starts right after the previous one's
      // last row, through ties on time and on entity.
      expect(await walk(reviews, { restriction: ALL, limit: 1 })).toEqual([
        ['charlie/q-a'],
        ['echo/q-a'],
        ['alpha/q-a'],
        ['alpha/q-b'],
      ]);
    });

    it('filters by owner and shows only the services the caller may read', async () => {
      const { knex, reviews } = await seeded();
      const names = async (query: Omit<ReviewQueueQuery, 'after'>) =>
        (await walk(reviews, query)).flat();
      expect(
        await names({
          restriction: ALL,
          owners: ['group:default/team-a', 'group:default/team-c'],
          limit: 2,
        }),
      ).toEqual(['echo/q-a', 'alpha/q-a', 'alpha/q-b']);
      expect(await names({ restriction: ALL, owners: [], limit: 2 })).toEqual(
        [],
      );

      const teamB: RowRestriction = {
        kind: 'restricted',
        restrict: q =>
          whereSearchCriteria(q, knex, {
            key: 'relations.ownedBy',
            values: ['group:default/team-b'],
          }),
      };
      expect(await names({ restriction: teamB, limit: 2 })).toEqual([
        'charlie/q-a',
      ]);
      expect(
        await names({
          restriction: teamB,
          owners: ['group:default/team-a'],
          limit: 2,
        }),
      ).toEqual([]);
      expect(await names({ restriction: { kind: 'none' }, limit: 2 })).toEqual(
        [],
      );
    });
  });
});
