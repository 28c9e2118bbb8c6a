import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { user, useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('createSaveAssessmentDraftAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;
    let model: MaturityModel;
    beforeAll(() => {
      model = backend.model;
    });

    it("saves an owner's draft, merged, without touching the scorecard", async () => {
      const { call } = await mcpAs('olivia');
      const before = (
        await api.get('/scorecard/page?q=churn&limit=5', 'olivia')
      ).body.items[0];
      const [first, second] = model.questions;
      const got = output(
        await call('save-assessment-draft', {
          entityRef: 'component:default/churn-model',
          answers: {
            [first.id]: { level: 4, note: 'Suggested by an assistant' },
          },
        }),
      );
      const draft = (
        await api.get(
          '/assessments/component/default/churn-model/draft',
          'olivia',
        )
      ).body;
      expect(draft.version).toBe(got.draftVersion);
      expect(draft.author).toBe(user('olivia'));
      expect(draft.baseRevision).toBe(1);
      expect(draft.answers[first.id]).toEqual({
        level: 4,
        note: 'Suggested by an assistant',
      });
      // The other answers come from the current assessment.
      expect(draft.answers[second.id]).toEqual({ level: 3 });
      expect(Object.keys(draft.answers)).toHaveLength(model.questions.length);
      expect(got.submitted).toBe(false);
      const after = (await api.get('/scorecard/page?q=churn&limit=5', 'olivia'))
        .body.items[0];
      expect([after.revision, after.score]).toEqual([
        before.revision,
        before.score,
      ]);

      // A second save keeps the first one's answer and bumps the version.
      const again = output(
        await call('save-assessment-draft', {
          entityRef: 'component:default/churn-model',
          answers: { [second.id]: { level: 4 } },
        }),
      );
      expect(again.draftVersion).toBe(got.draftVersion + 1);
      const draft2 = (
        await api.get(
          '/assessments/component/default/churn-model/draft',
          'olivia',
        )
      ).body;
      expect([
        draft2.answers[first.id].level,
        draft2.answers[second.id].level,
      ]).toEqual([4, 4]);
    });

    it("refuses a non-owner's draft with the API's message, and keeps nothing", async () => {
      const { call } = await mcpAs('oscar');
      const answers = { [model.questions[0].id]: { level: 4 } };
      const viaApi = await api.put(
        '/assessments/component/default/ranker/draft',
        'oscar',
        { draftVersion: null, baseRevision: 2, answers },
      );
      expect(viaApi.status).toBe(403);
      expect(
        errorText(
          await call('save-assessment-draft', {
            entityRef: 'component:default/ranker',
            answers,
          }),
        ),
      ).toBe(`NotAllowedError: ${viaApi.body.error.message}`);
      const draft = await api.get(
        '/assessments/component/default/ranker/draft',
        'olivia',
      );
      expect(draft.status).toBe(204);
    });

    it('rejects bad answers with the messages the API gives', async () => {
      const { call } = await mcpAs('olivia');
      const answers = {
        [model.questions[0].id]: { level: 7 },
        'no-such-question': { level: 1 },
      };
      const viaApi = await api.put(
        '/assessments/component/default/forecaster/draft',
        'olivia',
        { draftVersion: null, baseRevision: null, answers },
      );
      expect(viaApi.status).toBe(400);
      expect(
        errorText(
          await call('save-assessment-draft', {
            entityRef: 'component:default/forecaster',
            answers,
          }),
        ),
      ).toBe(`InputError: ${viaApi.body.error.message}`);
      expect(
        errorText(
          await call('get-entity-maturity', {
            entityRef: 'component:default/Bad Name',
          }),
        ),
      ).toMatch(/^InputError: entityRef\.name: name must match/);
      const draft = await api.get(
        '/assessments/component/default/forecaster/draft',
        'olivia',
      );
      expect(draft.status).toBe(204);
    });
  });
});
