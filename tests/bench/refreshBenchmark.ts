/* eslint-disable no-console */
/**
 * The visibility refresh over a large organisation: 10,000 ML services (by
 * default) in the real catalog, copied once by the real
 * `CatalogSync.syncAll()`, then the real `VisibilityRefresh.run()` timed
 *
 * - with nothing changed in the catalog (the case every 30 s);
 * - with 1% of the services changed (a new annotation on each);
 * - with every service changed.
 *
 * Everything runs in this process, in a real Backstage backend
 * (`@backstage/backend-defaults`) on SQLite (in memory) or PostgreSQL: the
 * real catalog, fed by an entity provider of this script (100 teams, 10
 * domains, a system per 20 services; each service with a few annotations
 * and tags), read over its HTTP API by a `CatalogClient` whose fetch counts
 * the bytes of every response body (decoded JSON, as the client parses it).
 * The plugin's stores are built on a database the backend gives a plugin of
 * this script. After each change the script waits until the catalog has
 * stitched every changed service, then times one refresh. The catalog's
 * processing interval is an hour, so that it does not reprocess the
 * entities while runs are timed. Peak RSS is sampled every 10 ms from a
 * worker thread after a `gc()` (run with `--expose-gc`).
 *
 *   node --expose-gc --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/refreshBenchmark.ts [--services 10000] [--engine sqlite|postgres] [--rounds 3]
 *
 * Prints the figures as markdown; writes nothing. Not part of CI.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  catalogProcessingExtensionPoint,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { readPluginConfig } from '../../plugins/mlops-maturity-backend/src/config';
import { createStores } from '../../plugins/mlops-maturity-backend/src/database/createStores';
import { CatalogSync } from '../../plugins/mlops-maturity-backend/src/service/CatalogSync';
import { VisibilityRefresh } from '../../plugins/mlops-maturity-backend/src/visibility/VisibilityRefresh';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { countingCatalog, Deps, rssSampler } from './refreshBenchmarkTools';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const ENGINE = (arg('--engine') ?? 'sqlite') as 'sqlite' | 'postgres';
const ROUNDS = Number(arg('--rounds') ?? 3);
const PORT = 7164;
const PG_PREFIX = 'mlops_refresh_bench_';
const TEAMS = 100;
const DOMAINS = 10;
const SERVICES_PER_SYSTEM = 20;
const ROUND_ANNOTATION = 'bench.example.com/round';
process.env.LOG_LEVEL ??= 'warn';

const gc = (globalThis as { gc?: () => void }).gc;
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const MB = 1024 * 1024;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const LOCATION = {
  'backstage.io/managed-by-location':
    'url:https://git.example.com/catalog/catalog-info.yaml',
  'backstage.io/managed-by-origin-location':
    'url:https://git.example.com/catalog/catalog-info.yaml',
};
const entity = (kind: string, name: string, spec: object, extra = {}) =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, annotations: { ...LOCATION }, ...extra },
    spec,
  } as Entity);

/** Service i; `round` (when set) is the annotation that marks a change. */
function mlService(i: number, round?: number): Entity {
  const type = ['ml-service', 'ml-model', 'ml-pipeline'][i % 3];
  const service = entity(
    'Component',
    `ml-svc-${i}`,
    {
      type,
      owner: `team-${i % TEAMS}`,
      lifecycle: i % 5 === 0 ? 'experimental' : 'production',
      system: `system-${Math.floor(i / SERVICES_PER_SYSTEM)}`,
    },
    {
      title: `ML service ${i}`,
      tags: ['ml', `tier-${i % 3}`],
    },
  );
  Object.assign(service.metadata.annotations!, {
    'github.com/project-slug': `acme/ml-svc-${i}`,
    'backstage.io/techdocs-ref': 'dir:.',
    'pagerduty.com/service-id': `P${i}`,
    'mlflow.org/experiment': `exp-${i}`,
    ...(i % 50 === 0 && { 'acme.com/confidential': 'true' }),
    ...(round !== undefined && { [ROUND_ANNOTATION]: String(round) }),
  });
  return service;
}

function organisation(): Entity[] {
  const out: Entity[] = [];
  for (let d = 0; d < DOMAINS; d++) {
    out.push(entity('Domain', `domain-${d}`, { owner: 'team-0' }));
  }
  for (let t = 0; t < TEAMS; t++) {
    out.push(entity('Group', `team-${t}`, { type: 'team', children: [] }));
  }
  for (let s = 0; s < Math.ceil(SERVICES / SERVICES_PER_SYSTEM); s++) {
    out.push(
      entity('System', `system-${s}`, {
        owner: `team-${s % TEAMS}`,
        domain: `domain-${s % DOMAINS}`,
      }),
    );
  }
  return out;
}

async function startBackend(initial: Entity[]) {
  let deps: Deps | undefined;
  let connection: EntityProviderConnection | undefined;
  const apply = (entities: Entity[]) =>
    connection!.applyMutation({
      type: 'full',
      entities: entities.map(e => ({
        entity: e,
        locationKey: 'refresh-bench',
      })),
    });
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
          backend: {
            baseUrl: `http://localhost:${PORT}`,
            listen: { port: PORT },
            database,
          },
          catalog: {
            rules: [{ allow: ['Component', 'System', 'Domain', 'Group'] }],
            processingInterval: { hours: 1 },
          },
        }),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    createBackendModule({
      pluginId: 'catalog',
      moduleId: 'refresh-bench-entities',
      register(reg) {
        reg.registerInit({
          deps: { processing: catalogProcessingExtensionPoint },
          async init({ processing }) {
            processing.addEntityProvider({
              getProviderName: () => 'refresh-bench',
              async connect(c) {
                connection = c;
                await apply(initial);
              },
            });
          },
        });
      },
    }),
  );
  backend.add(
    createBackendPlugin({
      pluginId: 'refresh-bench',
      register(reg) {
        reg.registerInit({
          deps: {
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
  return { backend, deps: deps!, apply };
}

async function main() {
  const loadStart = os.loadavg();
  if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  const services = Array.from({ length: SERVICES }, (_, i) => mlService(i));
  const org = organisation();
  const started = await startBackend([...org, ...services]);
  const sampler = rssSampler();
  try {
    const { deps } = started;
    const { catalog, counter } = countingCatalog(deps);
    const credentials = await deps.auth.getOwnServiceCredentials();
    const pluginConfig = readPluginConfig(deps.config);
    const { db, mlServices, headlines, retention } = await createStores({
      database: deps.database,
    });
    const count = async (filter: Record<string, string | symbol>) =>
      (await catalog.queryEntities({ filter, limit: 1 }, { credentials }))
        .totalItems;
    const waitFor = async (
      what: string,
      filter: Record<string, string | symbol>,
      n: number,
    ) => {
      const start = Date.now();
      while ((await count(filter)) < n) {
        if (Date.now() - start > 3_600_000) throw new Error(`no ${what}`);
        await sleep(1000);
      }
      return Date.now() - start;
    };
    // Every service stitched with both of its relations, and a while of
    // quiet after, so that no processing runs while the runs are timed.
    const catalogMs = await waitFor(
      'catalog',
      {
        kind: 'Component',
        'relations.ownedBy': CATALOG_FILTER_EXISTS,
        'relations.partOf': CATALOG_FILTER_EXISTS,
      },
      SERVICES,
    );
    await sleep(30_000);
    console.log(`catalog ready in ${(catalogMs / 1000).toFixed(1)} s`);

    const options = {
      catalog,
      auth: deps.auth,
      store: mlServices,
      selection: pluginConfig.selection,
      targets: pluginConfig.targets,
      logger: deps.logger,
    };
    const sync = new CatalogSync({ ...options, headlines, retention });
    const refresh = new VisibilityRefresh(options);
    const measure = async <T>(fn: () => Promise<T>) => {
      gc?.();
      await sleep(200);
      gc?.();
      const rssBefore = process.memoryUsage.rss();
      counter.bytes = 0;
      counter.requests = 0;
      sampler.start();
      const start = performance.now();
      const result = await fn();
      const ms = performance.now() - start;
      return {
        ms,
        rssBefore,
        rssPeak: sampler.stop(),
        bytes: counter.bytes,
        requests: counter.requests,
        result,
      };
    };
    const syncRun = await measure(() => sync.syncAll());
    console.log(`sync: ${syncRun.ms.toFixed(0)} ms, ${syncRun.bytes} bytes`);
    // Warm-up: the first refresh after the sync finds every etag stored.
    await refresh.run();

    type Row = { label: string; runs: Awaited<ReturnType<typeof measure>>[] };
    const rows: Row[] = [{ label: 'full sync (reference)', runs: [syncRun] }];
    const unchanged: Row = { label: 'refresh, nothing changed', runs: [] };
    for (let r = 0; r < ROUNDS; r++)
      unchanged.runs.push(await measure(() => refresh.run()));
    rows.push(unchanged);

    let round = 0;
    const current = [...services];
    const change = async (indexes: number[]) => {
      round += 1;
      for (const i of indexes) current[i] = mlService(i, round);
      await started.apply([...org, ...current]);
      const waited = await waitFor(
        `round ${round}`,
        {
          kind: 'Component',
          [`metadata.annotations.${ROUND_ANNOTATION}`]: String(round),
        },
        indexes.length,
      );
      console.log(
        `round ${round}: ${indexes.length} changed, catalog stitched in ${(
          waited / 1000
        ).toFixed(1)} s`,
      );
    };
    const onePercent: Row = { label: 'refresh, 1% changed', runs: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const step = Math.floor(SERVICES / (SERVICES / 100));
      await change(
        Array.from({ length: SERVICES / 100 }, (_, k) => k * step + r),
      );
      onePercent.runs.push(await measure(() => refresh.run()));
    }
    rows.push(onePercent);
    const all: Row = { label: 'refresh, all changed', runs: [] };
    await change(Array.from({ length: SERVICES }, (_, i) => i));
    all.runs.push(await measure(() => refresh.run()));
    rows.push(all);

    const version =
      ENGINE === 'sqlite'
        ? `SQLite ${(await db.raw('select sqlite_version() as v'))[0].v}`
        : `PostgreSQL ${
            (await db.raw('show server_version')).rows[0].server_version
          }`;
    console.log(
      `\n${version}, ${SERVICES} ML services, Node ${process.version}, ${
        os.cpus().length
      } × ${os.cpus()[0].model}; load ${loadStart[0].toFixed(1)} → ${os
        .loadavg()[0]
        .toFixed(1)}\n`,
    );
    console.log(
      '| database | run | median | min – max | rows written (added/updated/removed) | catalog requests | catalog bytes | peak RSS | RSS peak − before |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) {
      const ms = row.runs.map(r => r.ms);
      const last = row.runs[row.runs.length - 1];
      const res = last.result as {
        added: number;
        updated: number;
        removed: number;
      };
      console.log(
        `| ${ENGINE} | ${row.label} | ${(median(ms) / 1000).toFixed(2)} s | ${(
          Math.min(...ms) / 1000
        ).toFixed(2)} – ${(Math.max(...ms) / 1000).toFixed(2)} s | ${
          res.added
        }/${res.updated}/${res.removed} | ${last.requests} | ${(
          median(row.runs.map(r => r.bytes)) / 1024
        ).toFixed(0)} kB | ${Math.round(
          Math.max(...row.runs.map(r => r.rssPeak)) / MB,
        )} MB | +${Math.round(
          Math.max(...row.runs.map(r => r.rssPeak - r.rssBefore)) / MB,
        )} MB |`,
      );
    }
  } finally {
    await sampler.close();
    await started.backend.stop();
    if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
