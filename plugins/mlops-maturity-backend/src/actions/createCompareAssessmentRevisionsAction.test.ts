import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('createCompareAssessmentRevisionsAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;
    let model: MaturityModel;
    beforeAll(() => {
      model = backend.model;
    });

    it('compares two revisions by their answers', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('compare-assessment-revisions', {
          entityRef: 'component:default/ranker',
          fromRevision: 1,
        }),
      );
      const [first, second] = await Promise.all(
        [1, 2].map(
          async n =>
            (
              await api.get(
                `/assessments/component/default/ranker/revisions/${n}`,
                'olivia',
              )
            ).body,
        ),
      );
      const changed = model.questions
        .map(q => q.id)
        .filter(id => first.answers[id]?.level !== second.answers[id]?.level);
      expect(got.changedAnswers.map((a: any) => a.questionId)).toEqual(changed);
      expect(got.from.revision).toBe(1);
      expect(got.to.revision).toBe(2);
      expect(got.scoreChange).toBeCloseTo(
        second.result.score - first.result.score,
        10,
      );
      expect(
        errorText(
          await call('compare-assessment-revisions', {
            entityRef: 'component:default/ranker',
            fromRevision: 7,
          }),
        ),
      ).toBe('NotFoundError: component:default/ranker has no revision 7');
    });
  });
});
