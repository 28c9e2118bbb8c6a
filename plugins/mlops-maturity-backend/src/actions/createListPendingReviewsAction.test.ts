import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const SECRET = 'component:default/secret-ranker';

describe('createListPendingReviewsAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;

    it('lists the queue the API gives the caller, page by page, and nothing they may not read', async () => {
      // secret-ranker, which only team B reads, gets requests of its own.
      const raised = await api.put(
        '/assessments/component/default/secret-ranker',
        'oscar',
        { baseRevision: 1, answers: uniformAnswers(3) },
      );
      expect(raised.status).toBe(200);

      const olivia = await mcpAs('olivia');
      const first = output(
        await olivia.call('list-pending-reviews', { limit: 5 }),
      );
      const viaApi = (await api.get('/reviews?limit=5', 'olivia')).body;
      expect(first).toEqual(viaApi);
      expect(first.items).toHaveLength(5);
      const next = output(
        await olivia.call('list-pending-reviews', {
          limit: 5,
          cursor: first.nextCursor,
        }),
      );
      expect(next).toEqual(
        (await api.get(`/reviews?limit=5&cursor=${first.nextCursor}`, 'olivia'))
          .body,
      );
      const all = output(
        await olivia.call('list-pending-reviews', { limit: 100 }),
      );
      expect(all.items.length).toBeGreaterThan(0);
      expect(all.items.map((i: any) => i.entityRef)).not.toContain(SECRET);

      const oscar = await mcpAs('oscar');
      const his = output(
        await oscar.call('list-pending-reviews', {
          owner: ['team-b'],
          limit: 100,
        }),
      );
      expect(new Set(his.items.map((i: any) => i.entityRef))).toEqual(
        new Set([SECRET]),
      );
    });

    it('names the bad field as the API does', async () => {
      const { call } = await mcpAs('olivia');
      const res = await api.get('/reviews?limit=101', 'olivia');
      expect(
        errorText(await call('list-pending-reviews', { limit: 101 })),
      ).toBe(
        `InputError: ${res.body.error.message.replace(/query\./g, 'input.')}`,
      );
    });
  });
});
