import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { user, useMcpActionsBackend } from '../__testUtils__/mcpActionsBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

describe('createGetEntityMaturityAction through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const backend = useMcpActionsBackend(databases, databaseId);
    const { api, mcpAs, output, errorText } = backend;
    let model: MaturityModel;
    beforeAll(() => {
      model = backend.model;
    });

    it("gives an entity's assessment as the API does, with its next steps", async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('get-entity-maturity', { entityRef: 'ranker' }),
      );
      const current = (
        await api.get('/assessments/component/default/ranker', 'olivia')
      ).body;
      const row = (
        await api.get('/scorecard/page?q=ranker&limit=10', 'olivia')
      ).body.items.find((r: any) => r.name === 'ranker');
      expect(got).toMatchObject({
        entityRef: 'component:default/ranker',
        owner: 'team-a',
        assessed: true,
        revision: current.revision,
        assessedAt: current.createdAt,
        assessedBy: user('olivia'),
        stale: current.stale,
        maturityTabUrl:
          'http://localhost:3000/catalog/default/component/ranker/maturity',
      });
      expect(got.result).toMatchObject({
        score: current.result.score,
        level: current.result.level,
        gatedLevel: current.result.gatedLevel,
        levelName: model.levels[current.result.level].name,
      });
      expect(got.result.weakestDimension?.id ?? null).toBe(
        current.result.weakestDimensionId,
      );
      expect(got.result.dimensions.map((d: any) => d.average)).toEqual(
        current.result.dimensions.map((d: any) => d.average),
      );
      // The next steps agree with the scorecard's count of raises.
      expect(got.nextSteps.targetLevel).toBe(current.result.level + 1);
      expect(got.nextSteps.fewestAnswerRaises).toBe(row.raisesToNextLevel);
      expect(
        got.nextSteps.answerRaises.reduce(
          (n: number, r: any) => n + r.to - r.from,
          0,
        ),
      ).toBe(row.raisesToNextLevel);
      // The plan counts answers apart from level steps, and raises no
      // answer above the level it aims for.
      expect(got.nextSteps.answersToChange).toBe(
        got.nextSteps.answerRaises.length,
      );
      for (const r of got.nextSteps.answerRaises) {
        expect(r.to).toBeLessThanOrEqual(got.nextSteps.targetLevel);
      }
      expect(got.nextSteps.startWith.initiatives.length).toBeGreaterThan(0);
    });

    it("gives a service's target, its gap and the answers that close it, as the API and the scorecard do", async () => {
      const { call } = await mcpAs('olivia');
      const ranker = output(
        await call('get-entity-maturity', { entityRef: 'ranker' }),
      );
      const viaApi = await api.get(
        '/assessments/component/default/ranker/target',
        'olivia',
      );
      expect(viaApi.body).toEqual({
        target: { level: 2, title: 'Production at Level 2' },
      });
      const row = (
        await api.get('/scorecard/page?q=ranker&limit=10', 'olivia')
      ).body.items.find((r: any) => r.name === 'ranker');
      expect([row.targetLevel, row.targetMet]).toEqual([2, false]);
      expect(ranker.result.level).toBe(1);
      expect(ranker.target).toMatchObject({
        level: 2,
        title: 'Production at Level 2',
        met: false,
        levelsBelow: 1,
        // The target is the next level here: the same raises.
        fewestAnswerRaises: row.raisesToNextLevel,
      });
      expect(ranker.target.answerRaises).toEqual(ranker.nextSteps.answerRaises);

      const churn = output(
        await call('get-entity-maturity', { entityRef: 'churn-model' }),
      );
      expect(churn.target).toMatchObject({
        met: true,
        levelsBelow: 0,
        fewestAnswerRaises: 0,
        answersToChange: 0,
        answerRaises: [],
      });
      // An experimental service: no target applies.
      const forecaster = output(
        await call('get-entity-maturity', { entityRef: 'forecaster' }),
      );
      expect(forecaster.target).toBeNull();
      expect(
        (
          await api.get(
            '/assessments/component/default/forecaster/target',
            'olivia',
          )
        ).body,
      ).toEqual({ target: null });

      const below = output(
        await call('list-ml-services', { belowTarget: true, orderBy: 'name' }),
      );
      const page = (
        await api.get('/scorecard/page?belowTarget=true&orderBy=name', 'olivia')
      ).body;
      expect(below.items.map((i: any) => i.entityRef)).toEqual(
        page.items.map((i: any) => i.entityRef),
      );
      expect(below.items.map((i: any) => [i.entityRef, i.targetMet])).toEqual([
        ['component:default/fraud-scorer', false],
        ['component:default/ranker', false],
      ]);
    });

    it("gives the evidence behind a service's answers and its suggestions, as the API and the scorecard do", async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('get-entity-maturity', { entityRef: 'ranker' }),
      );
      const current = (
        await api.get('/assessments/component/default/ranker', 'olivia')
      ).body;
      const row = (
        await api.get('/scorecard/page?q=ranker&limit=10', 'olivia')
      ).body.items.find((r: any) => r.name === 'ranker');
      const answered = Object.values(current.answers).filter(
        (a: any) => a.level !== undefined,
      ).length;
      // The pipeline backs one answer; nothing else carries evidence.
      expect(got.evidence).toMatchObject({
        backedCount: 1,
        answeredCount: answered,
        backedShare: 1 / answered,
      });
      expect(row.evidenceShare).toBe(got.evidence.backedShare);
      expect(row.evidenceSuggestsHigherCount).toBe(1);
      expect(got.evidence.selfReported).toHaveLength(answered - 1);
      expect(got.evidence.suggestions).toEqual([
        {
          questionId: 'training-automation',
          title: model.questions.find(q => q.id === 'training-automation')!
            .title,
          answeredLevel: current.answers['training-automation'].level,
          level: 3,
          levelDescriptor: model.questions.find(
            q => q.id === 'training-automation',
          )!.descriptors[3],
          evidence: 'Retrained on drift by the pipeline',
          url: 'https://pipelines.example.com/ranker',
          source: 'pipelines',
        },
      ]);
      expect(got.evidence.aboveEvidence).toEqual([
        expect.objectContaining({
          questionId: 'model-monitoring',
          level: current.answers['model-monitoring'].level,
          evidenceLevel: 0,
        }),
      ]);

      const listed = output(
        await call('list-ml-services', { evidenceSuggestsHigher: true }),
      );
      expect(
        listed.items.map((i: any) => [i.entityRef, i.evidenceShare]),
      ).toEqual([['component:default/ranker', row.evidenceShare]]);
      const none = output(
        await call('list-ml-services', { evidenceShareMin: 0.5 }),
      );
      expect(none.totalCount).toBe(0);
      expect(
        errorText(await call('list-ml-services', { evidenceShareMax: 2 })),
      ).toBe(
        'InputError: input.evidenceShareMax: evidenceShareMax must be a number from 0 to 1, like 0.5',
      );
    });

    it('says a readable service nobody assessed is not assessed', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(
        await call('get-entity-maturity', {
          entityRef: 'component:default/forecaster',
        }),
      );
      expect(got).toMatchObject({
        assessed: false,
        revision: null,
        result: null,
        nextSteps: null,
      });
    });
  });
});
