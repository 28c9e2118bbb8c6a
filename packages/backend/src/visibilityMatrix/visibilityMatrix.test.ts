import {
  createTestDatabases,
  waitFor,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-tech-insights';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cellFor } from './__testUtils__/doorKit';
import { httpAs, mcpAs, Mcp } from './__testUtils__/matrixClient';
import {
  CALLERS,
  Caller,
  catalogOf,
  COVERT_REGISTRY,
  ML_SERVICES,
  Phase,
  readableServices,
  readsCovertRegistry,
} from './__testUtils__/matrixWorld';
import { OTHER_DOORS } from './__testUtils__/otherDoors';
import { API, CAMPAIGN_LEVEL, ROUTE_DOORS } from './__testUtils__/routeDoors';
import {
  MatrixBackend,
  startMatrixBackend,
} from './__testUtils__/startMatrixBackend';

jest.setTimeout(600_000);

/**
 * The visibility matrix: every user (rows) through every door (columns) in
 * two phases, on each database. The README's "visibility matrix" section
 * lists the users, entities and doors.
 */

/** The level each service is assessed at by its owner in phase A. */
const LEVELS: Record<string, MaturityLevelNumber> = {
  'leak-probe': 1,
  'org-secret-model': 3,
  'moving-target-model': 2,
  'late-secret-model': 0,
  'fraud-scorer': 3,
};
const ASSESSOR: Record<string, Caller> = {
  'leak-probe': 'ada',
  'org-secret-model': 'olga',
  'moving-target-model': 'ada',
  'late-secret-model': 'tim',
  'fraud-scorer': 'tim',
};

const OPENAPI = require
  .resolve(
    '@mlops-maturity/backstage-plugin-mlops-maturity-backend/package.json',
  )
  .replace(/package\.json$/, 'src/schema/openapi.yaml');

function openApiOperations(): string[] {
  const spec = parse(readFileSync(OPENAPI, 'utf8'));
  return Object.values(spec.paths).flatMap((item: any) =>
    ['get', 'put', 'post', 'patch', 'delete']
      .filter(m => item[m])
      .map(m => item[m].operationId),
  );
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the visibility matrix on %p',
  databaseId => {
    let app: MatrixBackend;
    let campaignId: string;
    const mcps = new Map<Caller, Mcp>();
    const http = (caller: Caller) => httpAs(app.backend, caller);

    /** The catalog's own answer: which ML services and whether the registry `caller` reads. */
    async function catalogTruth(caller: Caller) {
      const res = await http(caller).get(
        '/api/catalog/entities/by-query?filter=kind=component,spec.type=ml-service&limit=100',
      );
      const registry = await http(caller).get(
        `/api/catalog/entities/by-name/resource/default/${COVERT_REGISTRY.name}`,
      );
      return {
        services: (res.body.items ?? [])
          .map((e: any) => e.metadata.name)
          .sort(),
        registry: registry.status === 200,
      };
    }

    /**
     * Runs a copy of the catalog (the full sync, or the light refresh that
     * runs every 30 s), then the daily snapshots, the reminders and the Tech
     * Insights retriever.
     */
    async function tasksRun(copy: 'catalog-sync' | 'visibility-refresh') {
      await app.runTask('mlops-maturity', `mlops-maturity-${copy}`);
      await app.runTask('mlops-maturity', 'mlops-maturity-snapshots');
      await app.runTask('mlops-maturity', 'mlops-maturity-reminders');
      await app.runTask('tech-insights', MLOPS_MATURITY_FACT_RETRIEVER_ID);
    }

    beforeAll(async () => {
      app = await startMatrixBackend(databases, databaseId);
      await waitFor(
        'the catalog to hold every ML service',
        async () =>
          (await catalogTruth('service')).services.length === ML_SERVICES.length
            ? true
            : undefined,
        90_000,
      );
      await app.runTask('mlops-maturity', 'mlops-maturity-catalog-sync');
      for (const [name, level] of Object.entries(LEVELS)) {
        const res = await http(ASSESSOR[name]).put(
          `${API}/assessments/component/default/${name}`,
          { baseRevision: null, answers: uniformAnswers(level) },
        );
        if (res.status !== 200)
          throw new Error(`assessing ${name}: ${res.status} ${res.text}`);
      }
      const campaign = await http('cam').post(`${API}/campaigns`, {
        title: 'Level 2 across the org',
        goal: { kind: 'level', level: CAMPAIGN_LEVEL },
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      if (campaign.status !== 201)
        throw new Error(`campaign: ${campaign.status} ${campaign.text}`);
      campaignId = campaign.body.campaign.id;
      await tasksRun('catalog-sync');
      for (const caller of CALLERS)
        mcps.set(caller, await mcpAs(app.backend, caller));
    });

    afterAll(async () => {
      for (const mcp of mcps.values()) await mcp.client.close();
      await app?.backend.stop();
    });

    it('has a column for every route of openapi.yaml and every registered MCP tool', async () => {
      const covered = ROUTE_DOORS.flatMap(d => d.covers);
      expect(openApiOperations().filter(op => !covered.includes(op))).toEqual(
        [],
      );
      const tools = (await mcps.get('ada')!.tools())
        .filter(t => t.startsWith('mlops-maturity.'))
        .map(t => t.slice('mlops-maturity.'.length));
      const coveredTools = OTHER_DOORS.flatMap(d => d.tools);
      expect(tools.filter(t => !coveredTools.includes(t))).toEqual([]);
      expect(tools.length).toBeGreaterThan(0);
    });

    /** Every cell of a phase; what differs from what the cell states. */
    async function findingsOf(phase: Phase): Promise<string[]> {
      // The catalog agrees with the hand-derived rows, so the matrix cannot
      // pass on a policy that shows everyone everything.
      for (const caller of CALLERS) {
        expect([caller, await catalogTruth(caller)]).toEqual([
          caller,
          {
            services: readableServices(caller, phase),
            registry: readsCovertRegistry(caller),
          },
        ]);
      }
      const findings: string[] = [];
      const levels = { ...LEVELS };
      for (const caller of CALLERS) {
        const cell = cellFor(
          phase,
          caller,
          { http: http(caller), mcp: mcps.get(caller)!, campaignId, levels },
          findings,
        );
        for (const door of [...ROUTE_DOORS, ...OTHER_DOORS])
          await door.run(cell);
      }
      return findings;
    }

    it('phase A: every door tells each caller what the catalog lets them read, and nothing else', async () => {
      expect(await findingsOf('A')).toEqual([]);
    });

    it('phase B: after an owner change and a service made confidential, every door follows after one visibility refresh', async () => {
      await app.catalog.replace(catalogOf('B'));
      await waitFor(
        'the catalog to apply phase B',
        async () => {
          const ada = await http('ada').get(
            '/api/catalog/entities/by-query?filter=kind=component,spec.type=ml-service&limit=100',
          );
          const names = (ada.body.items ?? []).map((e: any) => e.metadata.name);
          return names.includes('moving-target-model') ||
            names.includes('late-secret-model')
            ? undefined
            : true;
        },
        90_000,
      );
      // Only the light refresh, not the daily sync: the doors follow the
      // catalog within one refresh.
      await tasksRun('visibility-refresh');
      // The visibility cache lives a second in this backend.
      await new Promise(r => setTimeout(r, 1_100));
      expect(await findingsOf('B')).toEqual([]);
    });
  },
);
