/**
 * Parts of `refreshBenchmark.ts`: the catalog as the plugin reads it, with
 * its response bytes counted, and a peak RSS sampler.
 */
import {
  AuthService,
  BackstageCredentials,
  DatabaseService,
  DiscoveryService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogClient } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Worker } from 'node:worker_threads';

export interface Deps {
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
  config: RootConfigService;
  database: DatabaseService;
}

/** The catalog over HTTP as the plugin reads it, counting the bytes and requests of its responses. */
export function countingCatalog(deps: Deps) {
  const counter = { bytes: 0, requests: 0 };
  const client = new CatalogClient({
    discoveryApi: deps.discovery,
    fetchApi: {
      fetch: async (input, init) => {
        const res = await fetch(input, init);
        const body = await res.arrayBuffer();
        counter.bytes += body.byteLength;
        counter.requests += 1;
        return new Response(body, {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        });
      },
    },
  });
  const token = async (credentials: BackstageCredentials) =>
    deps.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'catalog',
    });
  const catalog = {
    async *streamEntities(
      request: any,
      { credentials }: { credentials: BackstageCredentials },
    ) {
      yield* client.streamEntities(request, await token(credentials));
    },
    async getEntitiesByRefs(
      request: any,
      { credentials }: { credentials: BackstageCredentials },
    ) {
      return client.getEntitiesByRefs(request, await token(credentials));
    },
    async queryEntities(
      request: any,
      { credentials }: { credentials: BackstageCredentials },
    ) {
      return client.queryEntities(request, await token(credentials));
    },
  } as unknown as CatalogService;
  return { catalog, counter };
}

/** The process's peak RSS, sampled every 10 ms by a worker thread. */
export function rssSampler() {
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
