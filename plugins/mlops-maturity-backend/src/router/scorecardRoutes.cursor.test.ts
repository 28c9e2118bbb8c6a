import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOther } from '../__testUtils__/testBackend';
import { API, pluginPerTest } from '../__testUtils__/routeRequests';

jest.setTimeout(60_000);

/** The JSON a cursor carries (opaque to clients; read here to check what it holds). */
const cursorJson = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

describe('scorecard routes, cursor paging', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);

    const get = (path: string) =>
      request(run.plugin.server)
        .get(`${API}${path}`)
        .set('Authorization', asOther);

    const fieldsOf = (res: request.Response) =>
      res.body.error.issues.map((i: any) => i.field);

    it('walks /scorecard/page and /scorecard by cursor, both ways, in the offset order', async () => {
      await run.plugin.syncCatalog();
      await run.submit(null);
      for (const path of ['/scorecard/page', '/scorecard']) {
        const whole = await get(`${path}?orderBy=score`);
        const expected = whole.body.items.map((r: any) => r.entityRef);
        expect(expected.length).toBeGreaterThan(2);

        const pages = [(await get(`${path}?orderBy=score&limit=1`)).body];
        expect(pages[0].prevCursor).toBeUndefined();
        while (pages[pages.length - 1].nextCursor) {
          const next = encodeURIComponent(pages[pages.length - 1].nextCursor);
          const res = await get(`${path}?orderBy=score&limit=1&cursor=${next}`);
          expect(res.status).toBe(200);
          pages.push(res.body);
          // Made from the page's last row, which the caller sees.
          const key = cursorJson(pages[pages.length - 2].nextCursor).k;
          expect(key[key.length - 1]).toBe(
            pages[pages.length - 2].items[0].entityRef,
          );
        }
        expect(
          pages.flatMap(p => p.items.map((r: any) => r.entityRef)),
        ).toEqual(expected);
        expect(pages.map(p => p.offset)).toEqual(
          expected.map((_: any, i: number) => i),
        );

        const back = await get(
          `${path}?orderBy=score&limit=1&cursor=${encodeURIComponent(
            pages[pages.length - 1].prevCursor,
          )}`,
        );
        expect(back.body.items.map((r: any) => r.entityRef)).toEqual(
          expected.slice(-2, -1),
        );
      }
    });

    it('answers 400 naming the field for a bad cursor, a cursor with an offset, and a deep offset', async () => {
      await run.plugin.syncCatalog();
      await run.submit(null);
      const first = await get('/scorecard/page?orderBy=name&limit=1');
      const cursor = encodeURIComponent(first.body.nextCursor);

      const refused = [
        '/scorecard/page?cursor=not-a-cursor',
        `/scorecard/page?cursor=${Buffer.from('{"v":1}').toString(
          'base64url',
        )}`,
        `/scorecard/page?orderBy=score&cursor=${cursor}`,
        `/scorecard/page?orderBy=name&order=desc&cursor=${cursor}`,
        `/scorecard/page?orderBy=name&owner=team-a&cursor=${cursor}`,
        `/scorecard/page?orderBy=name&offset=1&cursor=${cursor}`,
        `/scorecard?orderBy=name&owner=team-a&cursor=${cursor}`,
      ];
      for (const path of refused) {
        const res = await get(path);
        expect([path, res.status]).toEqual([path, 400]);
        expect(fieldsOf(res)).toEqual(['query.cursor']);
      }
      const other = await get(`/scorecard/page?orderBy=score&cursor=${cursor}`);
      expect(other.body.error.message).toContain('orderBy=name');

      const deep = await get('/scorecard/page?offset=1001');
      expect(deep.status).toBe(400);
      expect(fieldsOf(deep)).toEqual(['query.offset']);
      expect(deep.body.error.message).toMatch(/at most 1000.*cursor/);
      expect((await get('/scorecard?offset=1001')).status).toBe(400);
      expect((await get('/scorecard/page?offset=1000')).status).toBe(200);
      // The same filters in another limit: the cursor still holds.
      expect(
        (await get(`/scorecard/page?orderBy=name&limit=5&cursor=${cursor}`))
          .status,
      ).toBe(200);
    });
  });
});
