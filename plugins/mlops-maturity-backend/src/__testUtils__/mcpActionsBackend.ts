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
} from './realCatalogBackend';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';

const API = '/api/mlops-maturity';
export const TOOL = (name: string) => `mlops-maturity.${name}`;

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

export const user = (name: string) => `user:default/${name}`;
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

export interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: any;
}

/** The backend the action tests share, and how they talk to it. */
export interface McpActionsBackend {
  /** The active model, as the API gives it (set once the backend started). */
  readonly model: MaturityModel;
  /** The plugin's database (set once the backend started), to seed what other writers store. */
  readonly knex: Knex;
  api: {
    get: (path: string, name: string) => request.Test;
    put: (path: string, name: string, body: object) => request.Test;
  };
  mcpAs: (name: string) => Promise<{
    client: Client;
    call: (tool: string, args: object) => Promise<ToolResult>;
  }>;
  output: (result: ToolResult) => any;
  errorText: (result: ToolResult) => string | undefined;
}

/**
 * Starts, once for the enclosing describe, the plugin with the real catalog,
 * the MCP actions backend and ranker's evidence on the given database, and
 * assesses ranker (twice), churn-model, fraud-scorer and secret-ranker.
 */
export function useMcpActionsBackend(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
): McpActionsBackend {
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
              Authorization: `Bearer ${mockCredentials.user.token(user(name))}`,
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

  return {
    get model() {
      return model;
    },
    get knex() {
      return app.knex;
    },
    api,
    mcpAs,
    output,
    errorText,
  };
}
