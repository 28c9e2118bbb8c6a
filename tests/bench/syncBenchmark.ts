/* eslint-disable no-console */
/**
 * The catalog sync with evidence over a large organisation: 10,000 ML
 * services (by default) in the real catalog, each with several annotations
 * the default evidence rules look for and `dependsOn` relations to ML
 * Resources, 80% of them assessed; then the plugin's `CatalogSync.syncAll()`
 * timed
 *
 * - without evidence (no `EvidenceMeasurer`: what the sync cost before);
 * - with evidence, steady state (every figure already stored and unchanged:
 *   measured, nothing written), the daily case;
 * - with evidence, first run (no figure stored: every assessed service
 *   written), the case after an upgrade or a change of rules.
 *
 * Everything runs in this process, in a real Backstage backend
 * (`@backstage/backend-defaults`) on SQLite or PostgreSQL: the real catalog
 * (`@backstage/plugin-catalog-backend`, fed by an entity provider of this
 * script, read over its HTTP API as the plugin reads it), the real
 * `CatalogEvidenceProvider` with the shipped default rules, the real
 * `EvidenceService`, `EvidenceMeasurer`, `CatalogSync` and stores on a
 * database the backend gives a plugin of this script. What is synthetic:
 *
 * - the catalog's contents (generated: 100 teams, 10 domains, a system per
 *   20 services, 40 ML Resources and 8 databases; each service's
 *   annotations and dependencies drawn deterministically);
 * - the assessments, written straight into the plugin's tables (revisions
 *   and current rows, as `tests/bench/seedDatabase.ts` does), not submitted
 *   through the API;
 * - before each "first run" the stored evidence figures are cleared with
 *   one UPDATE, so that every run finds none stored;
 * - the catalog's processing interval is an hour, so that after its first
 *   pass it does not reprocess the 10,000 entities while syncs are timed.
 *
 * Rounds alternate without/with after one warm-up of each; times are wall
 * clock. Peak RSS is sampled every 10 ms from a worker thread (the process's
 * RSS, independent of the main thread's event loop) after a `gc()` (run
 * with `--expose-gc`); the heap peak is sampled on the main thread, so it is
 * only a lower bound when the loop is busy. One more run of each, with
 * timers around each step, gives where the time goes; last, the catalog
 * request the provider sends for a batch is timed against other requests
 * that return the same entities.
 *
 *   node --expose-gc --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/syncBenchmark.ts [--services 10000] [--engine sqlite|postgres] [--rounds 3]
 *
 * Prints the figures as markdown; writes nothing. Not part of CI.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  AuthService,
  BackstageCredentials,
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
  DatabaseService,
  DiscoveryService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import {
  CATALOG_FILTER_EXISTS,
  CatalogApi,
  CatalogClient,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  catalogProcessingExtensionPoint,
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  AssessmentAnswers,
  computeScore,
  MaturityLevelNumber,
  MaturityModel,
  raisesToNextLevel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { readPluginConfig } from '../../plugins/mlops-maturity-backend/src/config';
import { AssessmentRetentionStore } from '../../plugins/mlops-maturity-backend/src/database/AssessmentRetentionStore';
import { AssessmentStore } from '../../plugins/mlops-maturity-backend/src/database/AssessmentStore';
import { createStores } from '../../plugins/mlops-maturity-backend/src/database/createStores';
import { MlServiceCatalogStore } from '../../plugins/mlops-maturity-backend/src/database/MlServiceCatalogStore';
import { ScorecardHeadlineStore } from '../../plugins/mlops-maturity-backend/src/database/ScorecardHeadlineStore';
import { EvidenceMeasurer } from '../../plugins/mlops-maturity-backend/src/evidence/EvidenceMeasurer';
import { EvidenceService } from '../../plugins/mlops-maturity-backend/src/evidence/EvidenceService';
import { CatalogSync } from '../../plugins/mlops-maturity-backend/src/service/CatalogSync';
import { rulesQuery } from '../../plugins/mlops-maturity-backend-module-catalog-evidence/src/provider/catalogQuery';
import { CatalogEvidenceProvider } from '../../plugins/mlops-maturity-backend-module-catalog-evidence/src/provider/CatalogEvidenceProvider';
import { readCatalogEvidenceRules } from '../../plugins/mlops-maturity-backend-module-catalog-evidence/src/rules/readRules';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const ENGINE = (arg('--engine') ?? 'sqlite') as 'sqlite' | 'postgres';
const ROUNDS = Number(arg('--rounds') ?? 3);
/** Revisions per assessed service (the older ones are history the sync never reads). */
const REVISIONS = 3;
const PORT = 7163;
const PG_PREFIX = 'mlops_sync_bench_';
const TEAMS = 100;
const DOMAINS = 10;
const SERVICES_PER_SYSTEM = 20;
const ML_RESOURCE_TYPES = [
  'model-registry',
  'feature-store',
  'ml-pipeline',
  'model-monitor',
];
const RESOURCES_PER_TYPE = 10;
const DATABASES = 8;
const TARGET_RATIO = 1.5;
const DAY_MS = 24 * 60 * 60 * 1000;
// The backend's own logs would bury the figures; warnings (e.g. an evidence
// provider that ran out of time) stay.
process.env.LOG_LEVEL ??= 'warn';

const gc = (globalThis as { gc?: () => void }).gc;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

const MB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A deterministic pseudo-random sequence, so every run generates the same data. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// ---------------------------------------------------------------------------
// The catalog's contents

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const teamName = (t: number) => `team-${pad(t, 3)}`;
const serviceName = (i: number) => `ml-svc-${pad(i, 5)}`;
const resourceName = (type: string, n: number) => `${type}-${pad(n, 2)}`;
const MANAGED = {
  'backstage.io/managed-by-location':
    'url:https://git.example.com/catalog/catalog-info.yaml',
  'backstage.io/managed-by-origin-location':
    'url:https://git.example.com/catalog/catalog-info.yaml',
};

function entity(
  kind: string,
  name: string,
  spec: JsonObject,
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...metadata,
      annotations: { ...MANAGED, ...metadata.annotations },
    },
    spec,
  };
}

/** The i-th ML service: its annotations and dependencies drawn from its index. */
function mlService(i: number): Entity {
  const rand = random(i * 7919 + 17);
  const name = serviceName(i);
  const team = teamName(i % TEAMS);
  const slug = `acme/${name}`;
  const annotations: Record<string, string> = {
    'backstage.io/source-location': `url:https://github.com/${slug}/tree/main/`,
  };
  const maybe = (p: number, key: string, value: string) => {
    if (rand() < p) annotations[key] = value;
  };
  const repo = rand();
  if (repo < 0.7) annotations['github.com/project-slug'] = slug;
  else if (repo < 0.9) annotations['gitlab.com/project-slug'] = slug;
  maybe(0.5, 'backstage.io/techdocs-ref', 'dir:.');
  maybe(0.1, 'jenkins.io/job-full-name', `ml/${name}`);
  maybe(0.35, 'argocd/app-name', name);
  maybe(0.5, 'backstage.io/kubernetes-id', name);
  maybe(0.3, 'pagerduty.com/service-id', `P${pad(i, 6)}`);
  maybe(0.1, 'opsgenie.com/component-selector', `tag:${name}`);
  maybe(0.4, 'grafana/dashboard-selector', `tags @> '${name}'`);
  maybe(0.2, 'grafana/alert-label-selector', `service=${name}`);
  maybe(
    0.4,
    'mlops.maturity/mlflow-experiment',
    `https://mlflow.example.com/#/experiments/${i}`,
  );
  maybe(
    0.3,
    'mlops.maturity/registered-model',
    `https://mlflow.example.com/#/models/${name}`,
  );
  maybe(
    0.25,
    'mlops.maturity/feature-store-project',
    `https://feast.example.com/p/${team}`,
  );
  maybe(
    0.35,
    'mlops.maturity/training-pipeline',
    `https://kubeflow.example.com/pipelines/${name}`,
  );
  maybe(0.2, 'mlops.maturity/training-schedule', '0 3 * * 1');
  maybe(
    0.2,
    'mlops.maturity/model-monitor',
    `https://evidently.example.com/projects/${name}`,
  );
  // 0 to 4 dependencies among the 48 Resources (ML ones and databases).
  const dependsOn = new Set<string>();
  const wanted = Math.floor(rand() * 5);
  while (dependsOn.size < wanted) {
    const pick = Math.floor(rand() * (ML_RESOURCE_TYPES.length + 1));
    dependsOn.add(
      pick < ML_RESOURCE_TYPES.length
        ? `resource:default/${resourceName(
            ML_RESOURCE_TYPES[pick],
            Math.floor(rand() * RESOURCES_PER_TYPE),
          )}`
        : `resource:default/${resourceName(
            'database',
            Math.floor(rand() * DATABASES),
          )}`,
    );
  }
  return entity(
    'Component',
    name,
    {
      type: ['ml-service', 'ml-model', 'ml-pipeline'][i % 3],
      lifecycle: ['production', 'experimental', 'deprecated'][i % 3],
      owner: `group:default/${team}`,
      system: `system:default/system-${pad(
        Math.floor(i / SERVICES_PER_SYSTEM),
        4,
      )}`,
      ...(dependsOn.size > 0 && { dependsOn: [...dependsOn].sort() }),
    },
    {
      title: `ML service ${i}`,
      description: `Synthetic ML service ${i} of ${team}.`,
      tags: ['ml', ['python', 'java', 'go'][i % 3]],
      links: [
        {
          url: `https://runbooks.example.com/${name}`,
          title: 'Runbook',
          type: 'runbook',
        },
      ],
      annotations,
    },
  );
}

function catalogEntities(): Entity[] {
  const entities: Entity[] = [];
  for (let t = 0; t < TEAMS; t++) {
    entities.push(
      entity('Group', teamName(t), { type: 'team', children: [] }, {}),
    );
  }
  for (let d = 0; d < DOMAINS; d++) {
    entities.push(
      entity('Domain', `domain-${d}`, {
        owner: `group:default/${teamName(d)}`,
      }),
    );
  }
  const systems = Math.ceil(SERVICES / SERVICES_PER_SYSTEM);
  for (let s = 0; s < systems; s++) {
    entities.push(
      entity('System', `system-${pad(s, 4)}`, {
        owner: `group:default/${teamName((s * SERVICES_PER_SYSTEM) % TEAMS)}`,
        domain: `domain:default/domain-${s % DOMAINS}`,
      }),
    );
  }
  for (const type of ML_RESOURCE_TYPES) {
    for (let n = 0; n < RESOURCES_PER_TYPE; n++) {
      entities.push(
        entity(
          'Resource',
          resourceName(type, n),
          { type, owner: `group:default/${teamName(n)}` },
          { title: `${type} ${n}` },
        ),
      );
    }
  }
  for (let n = 0; n < DATABASES; n++) {
    entities.push(
      entity('Resource', resourceName('database', n), {
        type: 'database',
        owner: `group:default/${teamName(n)}`,
      }),
    );
  }
  for (let i = 0; i < SERVICES; i++) entities.push(mlService(i));
  return entities;
}

// ---------------------------------------------------------------------------
// The backend

interface BenchDeps {
  catalog: CatalogService;
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
  config: RootConfigService;
  database: DatabaseService;
}

async function startBackend(entities: Entity[]) {
  let deps: BenchDeps | undefined;
  const database =
    ENGINE === 'sqlite'
      ? { client: 'better-sqlite3', connection: ':memory:' }
      : { client: 'pg', connection: POSTGRES_URL, prefix: PG_PREFIX };
  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: () =>
        new ConfigReader({
          app: { baseUrl: 'http://localhost:3000' },
          backend: {
            baseUrl: `http://localhost:${PORT}`,
            listen: { port: PORT },
            database,
          },
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'System',
                  'Domain',
                  'Group',
                  'Resource',
                  'Location',
                ],
              },
            ],
            processingInterval: { hours: 1 },
          },
          // The example app's targets, so each record gets its target too.
          mlopsMaturity: {
            targets: [
              {
                title: 'Production ML services at Level 2',
                level: 2,
                filter: { lifecycle: 'production' },
              },
              {
                title: 'Risk ML in production at Level 3',
                level: 3,
                filter: { domain: 'domain-3', lifecycle: 'production' },
              },
            ],
          },
        }),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    createBackendModule({
      pluginId: 'catalog',
      moduleId: 'sync-bench-entities',
      register(reg) {
        reg.registerInit({
          deps: { processing: catalogProcessingExtensionPoint },
          async init({ processing }) {
            processing.addEntityProvider({
              getProviderName: () => 'sync-bench',
              async connect(connection) {
                await connection.applyMutation({
                  type: 'full',
                  entities: entities.map(e => ({
                    entity: e,
                    locationKey: 'sync-bench',
                  })),
                });
              },
            });
          },
        });
      },
    }),
  );
  backend.add(
    createBackendPlugin({
      pluginId: 'sync-bench',
      register(reg) {
        reg.registerInit({
          deps: {
            catalog: catalogServiceRef,
            auth: coreServices.auth,
            discovery: coreServices.discovery,
            logger: coreServices.logger,
            config: coreServices.rootConfig,
            database: coreServices.database,
          },
          async init(d) {
            deps = d;
          },
        });
      },
    }),
  );
  await backend.start();
  return { backend, deps: deps! };
}

/**
 * Waits until the catalog has processed and stitched every entity with its
 * relations: every ML service with its owner, and every relation the
 * services give their teams, systems and Resources (ownerOf, hasPart,
 * dependencyOf) on those entities, so that no stitching is left to run
 * while syncs are timed.
 */
async function waitForCatalog(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  entities: Entity[],
) {
  const count = async (filter?: EntityFilterQuery) =>
    (await catalog.queryEntities({ filter, limit: 1 }, { credentials }))
      .totalItems;
  /** Relations of a type on the entities of a kind, summed. */
  const relations = async (kind: string, type: string) => {
    let n = 0;
    for await (const page of catalog.streamEntities(
      { filter: { kind }, fields: ['relations'] },
      { credentials },
    )) {
      for (const e of page) {
        n += (e.relations ?? []).filter(r => r.type === type).length;
      }
    }
    return n;
  };
  const specOf = (e: Entity, field: string) => e.spec?.[field];
  const expected: Array<[string, () => Promise<number>, number]> = [
    ['entities', () => count(), entities.length],
    [
      'ML services with their relations',
      () =>
        count({
          kind: 'Component',
          'relations.ownedBy': CATALOG_FILTER_EXISTS,
        }),
      SERVICES,
    ],
    [
      'ownerOf on teams',
      () => relations('Group', 'ownerOf'),
      entities.filter(e => specOf(e, 'owner')).length,
    ],
    [
      'hasPart on systems',
      () => relations('System', 'hasPart'),
      entities.filter(e => specOf(e, 'system')).length,
    ],
    [
      'dependencyOf on Resources',
      () => relations('Resource', 'dependencyOf'),
      entities.reduce(
        (n, e) => n + ((specOf(e, 'dependsOn') as string[]) ?? []).length,
        0,
      ),
    ],
  ];
  const start = Date.now();
  let lastPrint = 0;
  for (;;) {
    const counts: number[] = [];
    for (const [, get] of expected) counts.push(await get());
    const done = counts.every((n, i) => n === expected[i][2]);
    if (done || Date.now() - lastPrint > 15_000) {
      lastPrint = Date.now();
      console.log(
        `  catalog after ${seconds(Date.now() - start)}: ${expected
          .map(([what, , n], i) => `${counts[i]}/${n} ${what}`)
          .join(', ')}`,
      );
    }
    if (done) return Date.now() - start;
    if (Date.now() - start > 60 * 60_000) {
      throw new Error('the catalog did not process the entities in an hour');
    }
    await sleep(3000);
  }
}

// ---------------------------------------------------------------------------
// The assessments

function answersFor(
  model: MaturityModel,
  rand: () => number,
  revision: number,
): AssessmentAnswers {
  const base = rand() * 3;
  const answers: AssessmentAnswers = {};
  for (const q of model.questions) {
    const draw = rand();
    if (draw < 0.05) {
      answers[q.id] = { notApplicable: true, reason: 'Batch scoring only' };
      continue;
    }
    if (draw < 0.1) continue; // left unanswered
    const level = Math.max(
      0,
      Math.min(4, Math.round(base + rand() * 1.6 - 0.8 + revision * 0.1)),
    ) as MaturityLevelNumber;
    answers[q.id] =
      rand() < 0.08
        ? {
            level,
            evidence: [
              { title: 'Dashboard', url: `https://wiki.example.com/${q.id}` },
            ],
          }
        : { level };
  }
  return answers;
}

/**
 * Every fifth service stays unassessed; the others get `REVISIONS`
 * revisions with varied answers, written as the store writes them.
 */
async function seedAssessments(
  db: Knex,
  model: MaturityModel,
  services: Array<{ ref: string; uid: string; index: number }>,
) {
  const now = Date.now();
  let assessed = 0;
  const assessedServices = services.filter(s => s.index % 5 !== 4);
  for (let start = 0; start < assessedServices.length; start += 200) {
    const revisions: object[] = [];
    const current: object[] = [];
    for (const { ref, uid, index } of assessedServices.slice(
      start,
      start + 200,
    )) {
      const rand = random(index * 104729 + 3);
      const daysAgo = Math.floor(rand() * 120);
      for (let r = 1; r <= REVISIONS; r++) {
        const answers = answersFor(model, rand, r);
        const result = computeScore(model, answers);
        const createdAt = new Date(
          now - (daysAgo + (REVISIONS - r) * 30) * DAY_MS,
        );
        const headline = {
          score: result.score,
          level: result.level,
          gated_level: result.gatedLevel,
          weakest_dimension: result.weakestDimensionId,
        };
        revisions.push({
          entity_ref: ref,
          entity_uid: uid,
          revision: r,
          model_id: model.id,
          model_version: model.version,
          answers: JSON.stringify(answers),
          result: JSON.stringify(result),
          ...headline,
          author: 'user:default/bench',
          created_at: createdAt,
        });
        if (r === REVISIONS) {
          current.push({
            entity_ref: ref,
            entity_uid: uid,
            revision: r,
            ...headline,
            raises_to_next: raisesToNextLevel(result),
            updated_by: 'user:default/bench',
            updated_at: createdAt,
          });
        }
      }
      assessed += 1;
    }
    await db.transaction(async tx => {
      for (let i = 0; i < revisions.length; i += 50) {
        await tx('mlops_maturity_revisions').insert(revisions.slice(i, i + 50));
      }
      for (let i = 0; i < current.length; i += 100) {
        await tx('mlops_maturity_current').insert(current.slice(i, i + 100));
      }
    });
  }
  return assessed;
}

// ---------------------------------------------------------------------------
// Measuring

/**
 * The process's peak RSS, sampled every 10 ms by a worker thread, which
 * keeps sampling while the main thread is busy.
 */
function rssSampler() {
  const cells = new Float64Array(new SharedArrayBuffer(16));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const cells = new Float64Array(workerData);
     setInterval(() => {
       if (cells[0] !== 1) return;
       const rss = process.memoryUsage.rss();
       if (rss > cells[1]) cells[1] = rss;
     }, 10);`,
    { eval: true, workerData: cells.buffer, execArgv: [] },
  );
  worker.unref();
  return {
    start() {
      cells[1] = process.memoryUsage.rss();
      cells[0] = 1;
    },
    stop() {
      cells[0] = 0;
      return Math.max(cells[1], process.memoryUsage.rss());
    },
    close: () => worker.terminate(),
  };
}

type SyncResult = Awaited<ReturnType<CatalogSync['syncAll']>>;
type Kind = 'without' | 'steady' | 'first';
const KINDS: Array<[Kind, string]> = [
  ['without', 'without evidence'],
  ['steady', 'with evidence, steady state (nothing written)'],
  ['first', 'with evidence, first run (every figure written)'],
];

interface Run {
  ms: number;
  rssBefore: number;
  rssPeak: number;
  heapBefore: number;
  heapPeak: number;
  result: SyncResult;
}

async function measureRun(
  sampler: ReturnType<typeof rssSampler>,
  sync: () => Promise<SyncResult>,
): Promise<Run> {
  gc?.();
  await sleep(200);
  gc?.();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = getHeapStatistics().used_heap_size;
  let heapPeak = heapBefore;
  const heapTimer = setInterval(() => {
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  }, 10);
  sampler.start();
  const start = performance.now();
  try {
    const result = await sync();
    const ms = performance.now() - start;
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
    return {
      ms,
      rssBefore,
      rssPeak: sampler.stop(),
      heapBefore,
      heapPeak,
      result,
    };
  } finally {
    clearInterval(heapTimer);
    sampler.stop();
  }
}

/** Adds the time spent in each wrapped async method (or each page of a wrapped stream) to `phases`. */
function timed<T extends object>(
  target: T,
  names: Partial<Record<keyof T, string>>,
  phases: Map<string, number>,
): T {
  const add = (phase: string, ms: number) =>
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop);
      if (typeof value !== 'function') return value;
      const phase = names[prop as keyof T];
      if (!phase) return value.bind(obj);
      return (...args: unknown[]) => {
        const started = performance.now();
        const out = value.apply(obj, args);
        if (out && typeof out[Symbol.asyncIterator] === 'function') {
          return (async function* pages() {
            const iterator = out[Symbol.asyncIterator]();
            for (;;) {
              const t = performance.now();
              const next = await iterator.next();
              add(phase, performance.now() - t);
              if (next.done) return;
              yield next.value;
            }
          })();
        }
        return Promise.resolve(out).finally(() =>
          add(phase, performance.now() - started),
        );
      };
    },
  });
}

/**
 * What the catalog request the provider sends for a batch costs, against
 * other requests that return the same entities: per batch of assessed
 * services (the first, a middle and the last page of the sync), median of
 * two calls each.
 */
async function providerQueryVariants(options: {
  catalog: CatalogApi;
  token: string;
  rules: Parameters<typeof rulesQuery>[0];
  batches: Array<Array<{ ref: string; uid: string }>>;
}) {
  const { catalog, token, batches } = options;
  const { fields, filter } = rulesQuery(options.rules);
  const variants: Array<
    [string, (batch: Array<{ ref: string; uid: string }>) => Promise<number>]
  > = [
    [
      "queryEntities: `metadata.uid` $in the batch, and the rules' filter (what the provider sends)",
      async batch =>
        (
          await catalog.queryEntities(
            {
              query: { 'metadata.uid': { $in: batch.map(b => b.uid) } },
              filter,
              fields,
              limit: 500,
              totalItems: 'exclude',
            },
            { token },
          )
        ).items.length,
    ],
    [
      'queryEntities: `metadata.uid` $in the batch, no filter',
      async batch =>
        (
          await catalog.queryEntities(
            {
              query: { 'metadata.uid': { $in: batch.map(b => b.uid) } },
              fields,
              limit: 500,
              totalItems: 'exclude',
            },
            { token },
          )
        ).items.length,
    ],
    [
      "getEntitiesByRefs: the batch's refs, with the rules' filter",
      async batch =>
        (
          await catalog.getEntitiesByRefs(
            { entityRefs: batch.map(b => b.ref), fields, filter },
            { token },
          )
        ).items.filter(Boolean).length,
    ],
    [
      "getEntitiesByRefs: the batch's refs, no filter",
      async batch =>
        (
          await catalog.getEntitiesByRefs(
            { entityRefs: batch.map(b => b.ref), fields },
            { token },
          )
        ).items.filter(Boolean).length,
    ],
  ];
  const rows: string[] = [];
  for (const [label, run] of variants) {
    const times: number[] = [];
    const found = new Set<number>();
    for (const batch of batches) {
      for (let i = 0; i < 2; i++) {
        const start = performance.now();
        found.add(await run(batch));
        times.push(performance.now() - start);
      }
    }
    rows.push(
      `| ${label} | ${Math.round(median(times))} | ${Math.round(
        Math.min(...times),
      )} | ${Math.round(Math.max(...times))} | ${[...found].join(', ')} |`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------

async function main() {
  const loadStart = os.loadavg();
  const cpus = os.cpus();
  if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  const entities = catalogEntities();
  console.log(
    `${ENGINE}, ${SERVICES} ML services: ${entities.length} catalog entities generated`,
  );
  const started = await startBackend(entities);
  const sampler = rssSampler();
  try {
    const { catalog, auth, discovery, logger, config, database } = started.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const catalogMs = await waitForCatalog(catalog, credentials, entities);
    console.log(`catalog processed and stitched in ${seconds(catalogMs)}`);

    const pluginConfig = readPluginConfig(config);
    const { model } = pluginConfig;
    const { db, assessments, retention, mlServices, headlines } =
      await createStores({
        database,
      });
    const engineVersion =
      ENGINE === 'sqlite'
        ? `SQLite ${
            (await db.raw('select sqlite_version() as v'))[0].v
          } (better-sqlite3, in memory)`
        : `PostgreSQL ${
            (await db.raw('show server_version')).rows[0].server_version
          }`;

    // The ML services as the catalog holds them (their uids are the catalog's).
    const services: Array<{ ref: string; uid: string; index: number }> = [];
    for await (const page of catalog.streamEntities(
      {
        filter: { kind: 'Component' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.uid'],
      },
      { credentials },
    )) {
      for (const e of page) {
        services.push({
          ref: `component:default/${e.metadata.name}`,
          uid: e.metadata.uid!,
          index: Number(e.metadata.name.slice('ml-svc-'.length)),
        });
      }
    }
    const seeding = Date.now();
    const assessed = await seedAssessments(db, model, services);
    console.log(
      `seeded ${assessed} assessments (${REVISIONS} revisions each) of ${
        services.length
      } services in ${seconds(Date.now() - seeding)}`,
    );

    const rules = readCatalogEvidenceRules(config, model, logger);
    const providerCatalog: CatalogApi = new CatalogClient({
      discoveryApi: discovery,
    });
    const appBaseUrl = config.getOptionalString('app.baseUrl');
    const buildSync = (
      parts: {
        catalog: CatalogService;
        assessments: AssessmentStore;
        retention: AssessmentRetentionStore;
        mlServices: MlServiceCatalogStore;
        headlines: ScorecardHeadlineStore;
        providerCatalog: CatalogApi;
      },
      withEvidence: boolean,
      wrap: <T extends object>(
        o: T,
        names: Partial<Record<keyof T, string>>,
      ) => T = o => o,
    ) => {
      const provider = wrap(
        new CatalogEvidenceProvider({
          rules,
          catalog: parts.providerCatalog,
          auth,
          appBaseUrl,
        }),
        { getSignals: 'provider' },
      );
      const evidence = wrap(
        EvidenceService.create({
          config,
          providers: [provider],
          auth,
          logger,
          model,
        }),
        { signalsForBatch: 'evidence service' },
      );
      return new CatalogSync({
        catalog: parts.catalog,
        auth,
        store: parts.mlServices,
        headlines: parts.headlines,
        retention: parts.retention,
        selection: pluginConfig.selection,
        targets: pluginConfig.targets,
        ...(withEvidence && {
          evidence: wrap(
            new EvidenceMeasurer({
              evidence,
              assessments: parts.assessments,
              store: parts.headlines,
              model,
            }),
            { measure: 'measure' },
          ),
        }),
        logger,
      });
    };
    const plain = {
      catalog,
      assessments,
      retention,
      mlServices,
      headlines,
      providerCatalog,
    };
    const without = buildSync(plain, false);
    const withEvidence = buildSync(plain, true);
    const clearEvidence = () =>
      db('mlops_maturity_entities').update({
        evidence_answered: null,
        evidence_backed: null,
        evidence_share: null,
        evidence_higher: null,
        evidence_revision: null,
        evidence_measured_at: null,
        evidence_fingerprint: null,
      });
    const runOf = async (kind: Kind) => {
      if (kind === 'first') await clearEvidence();
      return measureRun(sampler, () =>
        (kind === 'without' ? without : withEvidence).syncAll(),
      );
    };

    // Warm-up: the first sync adds the rows (and copies the headlines), the
    // next two measure every service and then find nothing changed.
    for (const kind of ['without', 'first', 'steady'] as Kind[]) {
      const { ms, result } = await runOf(kind);
      console.log(`warm-up ${kind}: ${seconds(ms)}, ${JSON.stringify(result)}`);
    }
    const figures = await db('mlops_maturity_entities')
      .whereNotNull('evidence_answered')
      .select(
        db.raw('count(*) as n'),
        db.raw('avg(evidence_answered) as answered'),
        db.raw('avg(evidence_backed) as backed'),
        db.raw(
          'sum(case when evidence_higher > 0 then 1 else 0 end) as higher',
        ),
        db.raw(
          'sum(case when evidence_backed > 0 then 1 else 0 end) as with_backed',
        ),
      );
    const f = figures[0];
    const evidenceLine = `${Number(
      f.n,
    )} assessed services measured: on average ${Number(f.answered).toFixed(
      1,
    )} answers with a level, ${Number(f.backed).toFixed(
      1,
    )} of them evidence-backed; ${Number(
      f.with_backed,
    )} services with at least one backed answer, ${Number(
      f.higher,
    )} with evidence of a higher level on some question`;
    console.log(evidenceLine);

    // Rounds, alternating which goes first.
    const runs: Record<Kind, Run[]> = { without: [], steady: [], first: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const order: Kind[] =
        round % 2
          ? ['without', 'steady', 'first']
          : ['steady', 'without', 'first'];
      for (const kind of order) {
        const run = await runOf(kind);
        runs[kind].push(run);
        console.log(
          `round ${round} ${kind}: ${seconds(run.ms)}, RSS ${mb(
            run.rssBefore,
          )} → peak ${mb(run.rssPeak)}, heap ${mb(run.heapBefore)} → ${mb(
            run.heapPeak,
          )}; measured ${run.result.evidenceMeasured}, written ${
            run.result.evidenceChanged
          }, skipped ${run.result.evidenceSkipped}`,
        );
      }
    }

    // Where the time goes: one more run of each, with timers around each step.
    const phaseRuns: Record<Kind, Map<string, number>> = {
      without: new Map(),
      steady: new Map(),
      first: new Map(),
    };
    for (const [kind] of KINDS) {
      const phases = phaseRuns[kind];
      const wrap = <T extends object>(
        o: T,
        names: Partial<Record<keyof T, string>>,
      ) => timed(o, names, phases);
      const sync = buildSync(
        {
          catalog: wrap(catalog, {
            streamEntities: 'catalog stream',
          } as Partial<Record<keyof CatalogService, string>>),
          assessments: wrap(assessments, {
            currentAnswers: 'currentAnswers',
          }),
          retention: wrap(retention, {
            adoptUnidentified: 'adoptUnidentified',
            recordDeparted: 'recordDeparted',
          }),
          mlServices: wrap(mlServices, {
            replaceAll: 'replaceAll',
          }),
          headlines: wrap(headlines, {
            setEvidence: 'setEvidence',
          }),
          providerCatalog: wrap(providerCatalog, {
            queryEntities: 'provider queryEntities',
            getEntitiesByRefs: 'provider getEntitiesByRefs',
          }),
        },
        kind !== 'without',
        wrap,
      );
      if (kind === 'first') await clearEvidence();
      gc?.();
      const start = performance.now();
      await sync.syncAll();
      phases.set('total', performance.now() - start);
    }

    // The provider's catalog request against others returning the same entities.
    const pages: Array<Array<{ ref: string; uid: string }>> = [];
    for (let i = 0; i < services.length; i += 500) {
      pages.push(services.slice(i, i + 500).filter(x => x.index % 5 !== 4));
    }
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'catalog',
    });
    const variantRows = await providerQueryVariants({
      catalog: providerCatalog,
      token,
      rules,
      batches: [
        ...new Set([
          pages[0],
          pages[Math.floor(pages.length / 2)],
          pages[pages.length - 1],
        ]),
      ],
    });

    const loadEnd = os.loadavg();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(
      os.totalmem() / 1024 ** 3,
    )} GiB RAM, Node ${
      process.version
    }, ${engineVersion}; load average (1 min) ${loadStart[0].toFixed(
      1,
    )} at the start, ${loadEnd[0].toFixed(1)} at the end${
      gc ? '' : '; WITHOUT --expose-gc (no gc() before each run)'
    }`;

    const out: string[] = [];
    out.push(
      '',
      `### ${
        ENGINE === 'sqlite' ? 'SQLite' : 'PostgreSQL'
      }, ${SERVICES} ML services`,
      '',
      machine,
      '',
      `Catalog: ${entities.length} entities (${SERVICES} ML services, ${
        entities.length - SERVICES
      } teams, domains, systems and Resources; synthetic, generated by the script), processed and stitched in ${seconds(
        catalogMs,
      )}. ${assessed} services assessed (${REVISIONS} revisions each, written straight into the tables); ${
        rules.length
      } default evidence rules. ${evidenceLine}.`,
      '',
      `| sync (${ROUNDS} runs each after a warm-up) | median | min | max | peak RSS (median) | peak RSS − RSS before (median, max) | heap used peak (median, main-thread sampled) | rows written |`,
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [kind, label] of KINDS) {
      const rs = runs[kind];
      const ms = rs.map(r => r.ms);
      const growth = rs.map(r => r.rssPeak - r.rssBefore);
      out.push(
        `| ${label} | ${seconds(median(ms))} | ${seconds(
          Math.min(...ms),
        )} | ${seconds(Math.max(...ms))} | ${mb(
          median(rs.map(r => r.rssPeak)),
        )} | +${mb(median(growth))}, +${mb(Math.max(...growth))} | ${mb(
          median(rs.map(r => r.heapPeak)),
        )} | ${[...new Set(rs.map(r => r.result.evidenceChanged))].join(
          ', ',
        )} of ${[...new Set(rs.map(r => r.result.evidenceMeasured))].join(
          ', ',
        )} measured${
          rs.some(r => r.result.evidenceSkipped)
            ? `, SKIPPED ${rs.map(r => r.result.evidenceSkipped).join(', ')}`
            : ''
        } |`,
      );
    }
    const base = median(runs.without.map(r => r.ms));
    const baseMin = Math.min(...runs.without.map(r => r.ms));
    out.push('');
    for (const [kind, label] of KINDS.slice(1)) {
      const ratio = median(runs[kind].map(r => r.ms)) / base;
      const ratioMin = Math.min(...runs[kind].map(r => r.ms)) / baseMin;
      out.push(
        `- ${label} / without evidence: ${ratio.toFixed(
          2,
        )}× by median, ${ratioMin.toFixed(
          2,
        )}× by min (target ≤ ${TARGET_RATIO}×) ${
          ratio <= TARGET_RATIO ? 'met' : 'MISSED'
        }`,
      );
    }

    const order = [
      'catalog stream',
      'adoptUnidentified',
      'replaceAll',
      'recordDeparted',
      'currentAnswers',
      'provider queryEntities',
      'provider getEntitiesByRefs',
      'provider, rest (token, matching the rules)',
      'evidence service, rest (checking and merging signals)',
      'evidenceBacking and the rest of measure',
      'setEvidence',
      'rest of the sync (records, filtering)',
      'total',
    ];
    for (const phases of Object.values(phaseRuns)) {
      const get = (k: string) => phases.get(k) ?? 0;
      phases.set(
        'provider, rest (token, matching the rules)',
        get('provider') -
          get('provider queryEntities') -
          get('provider getEntitiesByRefs'),
      );
      phases.set(
        'evidence service, rest (checking and merging signals)',
        get('evidence service') - get('provider'),
      );
      phases.set(
        'evidenceBacking and the rest of measure',
        get('measure') - get('currentAnswers') - get('evidence service'),
      );
      phases.set(
        'rest of the sync (records, filtering)',
        get('total') -
          get('catalog stream') -
          get('adoptUnidentified') -
          get('replaceAll') -
          get('recordDeparted') -
          get('measure') -
          get('setEvidence'),
      );
    }
    out.push(
      '',
      'Where the time goes (one more run of each, timers around each step; the catalog is served by this same process, so its requests include the catalog’s own work):',
      '',
      `| step (ms) | ${KINDS.map(([, label]) => label).join(' | ')} |`,
      `| --- | ${KINDS.map(() => '---').join(' | ')} |`,
    );
    for (const phase of order) {
      out.push(
        `| ${phase} | ${KINDS.map(([kind]) =>
          Math.round(phaseRuns[kind].get(phase) ?? 0),
        ).join(' | ')} |`,
      );
    }
    out.push(
      '',
      `The catalog request for one batch of assessed services (the first, a middle and the last of the ${pages.length} pages; two calls each), as the provider sends it and as other requests that return the same entities:`,
      '',
      '| request | median ms | min | max | entities returned |',
      '| --- | --- | --- | --- | --- |',
      ...variantRows,
    );
    console.log(out.join('\n'));
  } finally {
    await sampler.close();
    await started.backend.stop();
    if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  }
}

main().then(
  // The backend's scheduler keeps timers after it stopped.
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
