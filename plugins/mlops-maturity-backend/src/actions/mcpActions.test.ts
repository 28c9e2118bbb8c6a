import { mockCredentials } from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { Entity } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  mlopsMaturityAssessmentUpdatePermission,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  answersByDimension,
  uniformAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import {
  EvidenceProviderResponse,
  mlopsMaturityEvidenceExtensionPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import {
  RealCatalogBackend,
  startRealCatalogBackend,
} from '../__testUtils__/realCatalogBackend';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(120_000);

const API = '/api/mlops-maturity';
const TOOL = (name: string) => `mlops-maturity.${name}`;

const service = (
  name: string,
  owner: string,
  lifecycle: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'ml-service', owner, lifecycle },
});

const ENTITIES: Entity[] = [
  service('ranker', 'team-a', 'production'),
  service('churn-model', 'team-a', 'production'),
  service('forecaster', 'team-a', 'experimental'),
  service('fraud-scorer', 'team-b', 'production'),
  service('secret-ranker', 'team-b', 'production', {
    'acme.com/confidential': 'true',
  }),
];

const user = (name: string) => `user:default/${name}`;
const MEMBERSHIPS: Record<string, string[]> = {
  [user('olivia')]: ['group:default/team-a'],
  [user('oscar')]: ['group:default/team-b'],
};

/** The demo app's rules: confidential entities for their owners only; owners update. */
function policy(req: PolicyQuery, u?: PolicyQueryUser): PolicyDecision {
  const claims = u?.info.ownershipEntityRefs ?? [];
  if (isPermission(req.permission, catalogEntityReadPermission)) {
    return createCatalogConditionalDecision(req.permission, {
      anyOf: [
        {
          not: catalogConditions.hasAnnotation({
            annotation: 'acme.com/confidential',
            value: 'true',
          }),
        },
        catalogConditions.isEntityOwner({ claims }),
      ],
    });
  }
  if (isPermission(req.permission, mlopsMaturityAssessmentUpdatePermission)) {
    return createCatalogConditionalDecision(
      req.permission,
      catalogConditions.isEntityOwner({ claims }),
    );
  }
  return { result: AuthorizeResult.ALLOW };
}

/**
 * ranker's evidence: a training pipeline at Level 3 (above any answer it
 * has) and monitoring at Level 0 (below its answer).
 */
const rankerEvidence = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'test-ranker-evidence',
  register(reg) {
    reg.registerInit({
      deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addProvider({
          id: 'pipelines',
          async getSignals({ entities }): Promise<EvidenceProviderResponse> {
            const ranker = entities.find(e => e.metadata.name === 'ranker');
            return {
              signals: ranker
                ? {
                    'component:default/ranker': [
                      {
                        questionId: 'training-automation',
                        level: 3,
                        title: 'Retrained on drift by the pipeline',
                        url: 'https://pipelines.example.com/ranker',
                      },
                      {
                        questionId: 'model-monitoring',
                        level: 0,
                        title: 'No monitor found',
                      },
                    ],
                  }
                : {},
            };
          },
        });
      },
    });
  },
});

interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: any;
}

describe('the actions through the real MCP actions backend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    let model: MaturityModel;
    const clients: Client[] = [];
    const as = (name: string) => mockCredentials.user.header(user(name));
    const api = {
      get: (path: string, name: string) =>
        request(app.server).get(`${API}${path}`).set('Authorization', as(name)),
      put: (path: string, name: string, body: object) =>
        request(app.server)
          .put(`${API}${path}`)
          .set('Authorization', as(name))
          .send(body),
    };

    /** An MCP client of the backend's MCP endpoint, signed in as a user. */
    async function mcpAs(name: string) {
      const { port } = app.server.address() as AddressInfo;
      const client = new Client({
        name: 'mlops-maturity-test',
        version: '1.0.0',
      });
      await client.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://localhost:${port}/api/mcp-actions/v1`),
          {
            requestInit: {
              headers: {
                Authorization: `Bearer ${mockCredentials.user.token(
                  user(name),
                )}`,
              },
            },
          },
        ),
      );
      clients.push(client);
      return {
        client,
        call: async (tool: string, args: object) =>
          (await client.callTool({
            name: TOOL(tool),
            arguments: args as Record<string, unknown>,
          })) as ToolResult,
      };
    }

    const output = (result: ToolResult) => {
      expect([result.isError, result.content[0]?.text]).toEqual([
        undefined,
        expect.any(String),
      ]);
      return result.structuredContent;
    };
    const errorText = (result: ToolResult) => {
      expect(result.isError).toBe(true);
      return result.content[0].text;
    };

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy,
        memberships: MEMBERSHIPS,
        features: [
          actionsRegistryServiceFactory,
          actionsServiceFactory,
          mcpActionsPlugin,
          rankerEvidence,
        ],
        config: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: { actions: { pluginSources: ['mlops-maturity'] } },
          mlopsMaturity: {
            targets: [
              {
                level: 2,
                title: 'Production at Level 2',
                filter: { lifecycle: 'production' },
              },
            ],
          },
        },
      });
      model = (await api.get('/model', 'olivia')).body;
      const assess = async (
        name: string,
        owner: string,
        answers: object,
        baseRevision: number | null = null,
      ) => {
        const res = await api.put(
          `/assessments/component/default/${name}`,
          owner,
          {
            baseRevision,
            answers,
          },
        );
        expect([name, res.status, res.body.error?.message]).toEqual([
          name,
          200,
          undefined,
        ]);
      };
      await assess('ranker', 'olivia', uniformAnswers(1));
      await assess(
        'ranker',
        'olivia',
        answersByDimension(
          Object.fromEntries(
            model.dimensions.map((d, i) => [
              d.id,
              model.questions
                .filter(q => q.dimensionId === d.id)
                .map(() => (i === 0 ? 2 : 1)),
            ]),
          ),
          model,
        ),
        1,
      );
      await assess('churn-model', 'olivia', uniformAnswers(3));
      await assess('fraud-scorer', 'oscar', uniformAnswers(0));
      await assess('secret-ranker', 'oscar', uniformAnswers(1));
    });

    afterAll(async () => {
      await Promise.all(clients.map(c => c.close()));
      await app?.backend.stop();
    });

    it('lists the five tools with descriptions and honest hints', async () => {
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
          name: TOOL('save-assessment-draft'),
          readOnly: false,
          destructive: false,
          described: true,
        },
      ]);
      const submitLike = tools.filter(t => /submit/.test(t.name));
      expect(submitLike).toEqual([]);
    });

    it('gives the model the API gives', async () => {
      const { call } = await mcpAs('olivia');
      const got = output(await call('get-maturity-model', {}));
      expect(got.levels.map((l: any) => [l.level, l.name])).toEqual(
        model.levels.map(l => [l.level, l.name]),
      );
      expect(
        got.questions.map((q: any) => [
          q.id,
          q.dimensionId,
          q.descriptors.map((d: any) => d.text),
        ]),
      ).toEqual(model.questions.map(q => [q.id, q.dimensionId, q.descriptors]));
      expect(got.dimensions.map((d: any) => [d.id, d.weight])).toEqual(
        model.dimensions.map(d => [d.id, d.weight]),
      );
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
