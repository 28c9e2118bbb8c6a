import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/backend';
import {
  ConfigObject,
  ConfigValue,
  exampleTraces,
  inheritedPaths,
  leaves,
  printConfig,
  readConfigFile,
  readExampleCatalog,
} from './productionConfig';

/**
 * What a production deployment reads: app-config.yaml (the demo) with
 * app-config.production.yaml over it, merged as the backend merges them.
 * Nothing of the demo may get through: no principal or entity of the example
 * organisation, no example catalog, no guest sign-in, no demo data, no
 * relaxed content security policy, no demo schedule. The example catalog
 * comes only with examples/app-config.examples.yaml, named on the command
 * line.
 */

const DEMO = 'app-config.yaml';
const PRODUCTION = 'app-config.production.yaml';
const EXAMPLES_OVERLAY = 'examples/app-config.examples.yaml';

/**
 * The settings production takes over from app-config.yaml, each because it
 * is no demo setting. Anything else app-config.yaml sets must be replaced or
 * removed by app-config.production.yaml, so a setting added to the demo
 * later fails here until someone decides which it is.
 */
const SHARED: Record<string, string> = {
  'app.title': "the product's name",
  'app.badges.obfuscate':
    'badge URLs that only who may read the entity gets, so the maturity badge shows levels',
  'app.packages': 'the frontend discovers the plugins of packages/app',
  'app.extensions': 'the catalog as the landing page',
  'app.listen.port':
    "the development server's port; a production build serves the app from the backend",
  'backend.cors.methods': 'the methods the app calls the API with',
  'backend.cors.credentials': 'the app sends its credentials',
  'backend.actions.pluginSources': 'the plugins whose actions MCP offers',
  'events.useEventBus':
    'events travel between instances through the events backend, which this backend always runs',
  'catalog.rules': 'the kinds the catalog accepts from its locations',
  mcpActions: "the MCP server's name and instructions for assistants",
  'permission.enabled': 'the permission framework is on',
  'mlopsMaturity.staleAfterDays': 'when an assessment counts as stale',
  'mlopsMaturity.techInsights.excludeEntities':
    "keeps what the backend's permission policy hides (acme.com/confidential) out of Tech Insights, which serves facts without a per-entity check; that policy runs in production too",
  'techInsights.factRetrievers.mlopsMaturityFactRetriever.lifecycle':
    'how many fact rows Tech Insights keeps per service',
  'techInsights.factChecker': "the Tech Insights module's ready-made checks",
};

const isShared = (path: string) =>
  Object.keys(SHARED).some(key => path === key || path.startsWith(`${key}.`));

/** The value at a dotted key path, or undefined. */
function at(config: ConfigObject, path: string): ConfigValue | undefined {
  let node: ConfigValue | undefined = config;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      return undefined;
    }
    node = node[key];
  }
  return node;
}

let production: ConfigObject;

test.beforeAll(() => {
  production = printConfig('production-config', [DEMO, PRODUCTION]);
});

test('the production config names nothing of the example organisation', () => {
  const examples = readExampleCatalog();
  // The demo does name it: the check finds what it looks for.
  expect(exampleTraces(readConfigFile(DEMO), examples)).not.toEqual([]);
  expect(exampleTraces(production, examples)).toEqual([]);
});

test('the production config takes over only the settings that are no demo settings', () => {
  const demo = readConfigFile(DEMO);
  const inherited = inheritedPaths(production, readConfigFile(PRODUCTION));
  // Each inherited path is one app-config.yaml sets.
  for (const path of inherited) expect(at(demo, path), path).toBeDefined();
  expect(inherited.filter(path => !isShared(path))).toEqual([]);
});

test('the production config has no guest sign-in, demo data or relaxed security policy', () => {
  const providers = (at(production, 'auth.providers') ?? {}) as ConfigObject;
  expect(Object.keys(providers)).not.toContain('guest');
  expect(at(production, 'auth.environment')).toBe('production');
  for (const [path, value] of leaves(providers)) {
    expect(path).not.toMatch(/dangerouslyAllowOutsideDevelopment/);
    expect(value).not.toBe('guest');
  }
  expect(at(production, 'mlopsMaturity.demoData.enabled')).not.toBe(true);

  // Backstage's own content security policy, with nothing widened: no
  // directive allows any http: or https: origin, or every origin.
  const widened = [
    ...leaves((at(production, 'backend.csp') ?? {}) as ConfigObject),
  ].filter(([, value]) => /^(https?:|\*)$/.test(String(value)));
  expect(widened).toEqual([]);
  // Only the app's own origin may call the API from a browser.
  expect(at(production, 'backend.cors.origin')).toBe(
    at(production, 'app.baseUrl'),
  );

  // PostgreSQL, with no trace of the demo's SQLite folder.
  expect(at(production, 'backend.database.client')).toBe('pg');
  expect(at(production, 'backend.database.connection')).toEqual({
    host: 'postgres.invalid',
    port: '5432',
    user: 'backstage',
    password: 'not-a-secret',
  });

  // The catalog reads nothing until a deployment names its own sources.
  expect(at(production, 'catalog.locations') ?? []).toEqual([]);
});

test('the example overlay adds the example catalog and nothing else', () => {
  const withExamples = printConfig('production-config-with-examples', [
    DEMO,
    PRODUCTION,
    EXAMPLES_OVERLAY,
  ]);
  const { catalog, ...rest } = withExamples;
  const { catalog: productionCatalog, ...productionRest } = production;
  expect(rest).toEqual(productionRest);
  const { locations, ...catalogRest } = catalog as ConfigObject;
  expect(catalogRest).toEqual(
    (({ locations: _, ...others }) => others)(
      (productionCatalog ?? {}) as ConfigObject,
    ),
  );
  // Every example catalog file, from the examples folder (EXAMPLES_DIR, or
  // ./examples where the backend runs).
  const targets = (locations as ConfigObject[]).map(l => l.target);
  expect(targets.sort()).toEqual(
    readExampleCatalog()
      .files.map(file => `./${file}`)
      .sort(),
  );
});

test('the Docker image bakes no examples in and loads only the production config', () => {
  const dockerfile = readFileSync(
    join(ROOT, 'packages/backend/Dockerfile'),
    'utf8',
  );
  const instructions = dockerfile
    .split('\n')
    .filter(line => /^(COPY|ADD|CMD|ENTRYPOINT)\b/.test(line));
  for (const line of instructions) expect(line).not.toMatch(/examples/);
  expect(instructions.filter(line => line.startsWith('CMD'))).toEqual([
    'CMD ["node", "packages/backend", "--config", "app-config.yaml", "--config", "app-config.production.yaml"]',
  ]);
  const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map(line => line.trim());
  expect(ignored).toContain('examples');
});
