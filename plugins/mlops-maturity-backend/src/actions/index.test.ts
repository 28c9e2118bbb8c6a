import { TOOL, useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('registerMaturityActions through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;

    it('lists the six tools with descriptions and honest hints', async () => {
      const { client } = await mcpAs('olivia');
      const { tools } = await client.listTools();
      const ours = tools
        .filter(t => t.name.startsWith('mlops-maturity.'))
        .map(t => ({
          name: t.name,
          readOnly: t.annotations?.readOnlyHint,
          destructive: t.annotations?.destructiveHint,
          described: (t.description ?? '').length > 80,
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(ours).toEqual([
        {
          name: TOOL('compare-assessment-revisions'),
          readOnly: true,
          destructive: false,
          described: true,
        },
        {
          name: TOOL('get-entity-maturity'),
          readOnly: true,
          destructive: false,
          described: true,
        },
        {
          name: TOOL('get-maturity-model'),
          readOnly: true,
          destructive: false,
          described: true,
        },
        {
          name: TOOL('list-ml-services'),
          readOnly: true,
          destructive: false,
          described: true,
        },
        {
          name: TOOL('list-pending-reviews'),
          readOnly: true,
          destructive: false,
          described: true,
        },
        {
          name: TOOL('save-assessment-draft'),
          readOnly: false,
          destructive: false,
          described: true,
        },
      ]);
      const submitLike = tools.filter(t =>
        /submit|decide|approve|reject/.test(t.name),
      );
      expect(submitLike).toEqual([]);
    });

    it('reveals nothing about a service the caller may not read', async () => {
      const olivia = await mcpAs('olivia');
      const oscar = await mcpAs('oscar');
      const ref = 'component:default/secret-ranker';
      const viaApi = await api.get(
        '/assessments/component/default/secret-ranker',
        'olivia',
      );
      expect(viaApi.status).toBe(404);
      const target = await api.get(
        '/assessments/component/default/secret-ranker/target',
        'olivia',
      );
      expect([target.status, target.body.error.message]).toEqual([
        404,
        viaApi.body.error.message,
      ]);
      for (const [tool, args] of [
        ['get-entity-maturity', { entityRef: ref }],
        ['compare-assessment-revisions', { entityRef: ref, fromRevision: 1 }],
        ['save-assessment-draft', { entityRef: ref, answers: {} }],
      ] as const) {
        expect([tool, errorText(await olivia.call(tool, args))]).toEqual([
          tool,
          `NotFoundError: ${viaApi.body.error.message}`,
        ]);
      }
      const hers = output(
        await olivia.call('list-ml-services', { q: 'secret' }),
      );
      expect([hers.totalCount, hers.items]).toEqual([0, []]);
      // Its owner sees it.
      const his = output(await oscar.call('list-ml-services', { q: 'secret' }));
      expect(his.items.map((i: any) => i.entityRef)).toEqual([ref]);
      expect(
        output(await oscar.call('get-entity-maturity', { entityRef: ref }))
          .assessed,
      ).toBe(true);
    });
  });
});
