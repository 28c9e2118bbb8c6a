import { defaultMaturityModel as model } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { RealCatalogBackend } from '../__testUtils__/realCatalogBackend';
import {
  itemNames,
  na,
  queue,
  RANKER_FIRST,
  RANKER_SECOND,
  startReviewBackend,
  user,
} from '../__testUtils__/reviewFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

/** rita's queue: every request but secret-ranker's, which she may not read. */
const RITA = [
  'churn-model/testing',
  'ranker/ab-testing',
  'fraud-scorer/rollback',
  'fraud-scorer/testing',
  'ranker/data-management',
];

describe('GET /reviews', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;

    beforeAll(async () => {
      app = await startReviewBackend(databases, databaseId);
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('lists, oldest first, the requests each reviewer may read and does not own', async () => {
      const names = async (who: string) => {
        const res = await queue(app, who);
        expect(res.status).toBe(200);
        return itemNames(res.body);
      };
      expect(await names('rita')).toEqual(RITA);
      // oscar reviews, but not team B's own services.
      expect(await names('oscar')).toEqual([
        'churn-model/testing',
        'ranker/ab-testing',
        'ranker/data-management',
      ]);
      // Owners who are not reviewers, and people who are neither.
      expect(await names('olivia')).toEqual([]);
      expect(await names('tim')).toEqual([]);
    });

    it('shows each request with its answer and the answer of the revision before', async () => {
      const { body } = await queue(app, 'rita');
      const item = (name: string) =>
        body.items.find((i: any) => itemNames({ items: [i] })[0] === name);
      const dataManagement = model.questions.find(
        q => q.id === 'data-management',
      )!;
      expect(item('ranker/data-management')).toEqual({
        entityRef: 'component:default/ranker',
        title: null,
        owner: 'group:default/team-a',
        questionId: 'data-management',
        questionTitle: dataManagement.title,
        kind: 'level',
        level: 4,
        requestedRevision: 2,
        requestedAt: expect.any(String),
        requestedBy: user('olivia'),
        answer: RANKER_SECOND['data-management'],
        previousAnswer: RANKER_FIRST['data-management'],
      });
      // Unchanged since revision 1: still that request, nothing before it.
      expect(item('ranker/ab-testing')).toMatchObject({
        requestedRevision: 1,
        answer: { level: 4 },
        previousAnswer: null,
      });
      expect(item('fraud-scorer/rollback')).toMatchObject({
        kind: 'not-applicable',
        level: null,
        answer: na,
        requestedBy: user('oscar'),
      });
    });

    it('pages with the cursor it gives, and filters by owner', async () => {
      const walked: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await queue(
          app,
          'rita',
          `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        walked.push(...itemNames(res.body));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(walked).toEqual(RITA);
      expect(pages).toBe(3);

      const teamB = await queue(app, 'rita', '?owner=team-b');
      expect(itemNames(teamB.body)).toEqual([
        'fraud-scorer/rollback',
        'fraud-scorer/testing',
      ]);
      const both = await queue(
        app,
        'rita',
        '?owner=group:default/team-a&owner=team-b',
      );
      expect(itemNames(both.body)).toEqual(RITA);
      // secret-ranker's owner, yet not readable for rita.
      const hidden = await queue(app, 'oscar', '?owner=team-b');
      expect(hidden.body.items).toEqual([]);
    });

    it.each([
      ['?limit=0', 'query.limit'],
      ['?limit=101', 'query.limit'],
      ['?limit=ten', 'query.limit'],
      ['?cursor=not-a-cursor', 'query.cursor'],
      ['?owner=group:', 'query.owner.0'],
      ['?team=a', 'query.team'],
    ])('answers 400 to %s, naming %s', async (query, field) => {
      const res = await queue(app, 'rita', query);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.field)).toEqual([field]);
    });
  });
});
