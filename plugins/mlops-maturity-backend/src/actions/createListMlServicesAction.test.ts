import { useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('createListMlServicesAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;

    it('lists services with the API filters, sort and counts', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('list-ml-services', {
          lifecycle: ['production'],
          level: [0, 1],
          orderBy: 'score',
          order: 'asc',
        }),
      );
      const query = 'lifecycle=production&level=0&level=1';
      const page = (
        await api.get(
          `/scorecard/page?${query}&orderBy=score&order=asc&limit=20`,
          'olivia',
        )
      ).body;
      const summary = (await api.get(`/scorecard/summary?${query}`, 'olivia'))
        .body;
      expect(
        got.items.map((i: any) => [i.entityRef, i.level, i.score]),
      ).toEqual(page.items.map((i: any) => [i.entityRef, i.level, i.score]));
      expect(got.totalCount).toBe(summary.totalCount);
      expect(got.hasMore).toBe(page.hasMore);
      // The below-Level-2 production services olivia can see: not the
      // confidential one, not the experimental one.
      expect(got.items.map((i: any) => i.entityRef).sort()).toEqual([
        'component:default/fraud-scorer',
        'component:default/ranker',
      ]);
    });

    it('reads on with the cursor, page after page, in the order of one long page', async () => {
      const { call } = await mcpAs('olivia');
      const whole = output(await call('list-ml-services', { orderBy: 'name' }));
      expect(whole.items.length).toBeGreaterThan(2);
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = output(
          await call('list-ml-services', {
            orderBy: 'name',
            limit: 1,
            ...(cursor !== undefined && { cursor }),
          }),
        );
        walked.push(...page.items.map((i: any) => i.entityRef));
        expect(page.hasMore).toBe(page.nextCursor !== undefined);
        cursor = page.nextCursor;
      } while (cursor && walked.length <= whole.items.length);
      expect(walked).toEqual(whole.items.map((i: any) => i.entityRef));
      // A cursor of another sort, as the API refuses it.
      const first = output(
        await call('list-ml-services', { orderBy: 'name', limit: 1 }),
      );
      expect(
        errorText(await call('list-ml-services', { cursor: first.nextCursor })),
      ).toMatch(/^InputError: input\.cursor was returned for orderBy=name/);
    });

    it('pages at most 100 and names the bad field as the API does', async () => {
      const { call } = await mcpAs('olivia');
      expect(errorText(await call('list-ml-services', { limit: 101 }))).toBe(
        'InputError: input.limit: limit must be at most 100 in an action',
      );
      const res = await api.get('/scorecard/page?level=9', 'olivia');
      expect(errorText(await call('list-ml-services', { level: [9] }))).toBe(
        `InputError: ${res.body.error.message.replace(/query\./g, 'input.')}`,
      );
    });
  });
});
