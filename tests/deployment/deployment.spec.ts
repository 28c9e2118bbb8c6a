import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT } from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import {
  freePort,
  isolationConfig,
  postgresOf,
  readmeCommand,
  runCommand,
  RunningCommand,
  waitFor,
  waitForReadiness,
  writeConfig,
} from './commands';

/**
 * The README's PostgreSQL command and the production build, run the way the
 * README shows them (from the repository root, with relative --config paths)
 * plus one more --config that gives each run its own port and database
 * prefix. Both use app-config.production.yaml, which must refuse guests,
 * with the example catalog of examples/app-config.examples.yaml.
 */

test.describe.configure({ mode: 'serial' });

const runId = `${process.pid}_${Date.now().toString(36)}`;

/** POST /api/auth/guest/refresh: must be refused, never answered with a token. */
async function expectGuestRefused(url: string) {
  const res = await fetch(`${url}/api/auth/guest/refresh`, { method: 'POST' });
  const body = await res.text();
  expect(res.status, body).toBe(404);
  expect(body).toContain("No auth provider registered for 'guest'");
  expect(body).not.toContain('backstageIdentity');
}

/** An API route that is served: without a token it answers 401, not 404. */
async function expectApiServed(url: string) {
  const res = await fetch(`${url}/api/mlops-maturity/model`);
  expect(res.status).toBe(401);
}

/** Waits until the catalog, in PostgreSQL, has read the example entities (examples/app-config.examples.yaml's locations). */
async function waitForExampleCatalog(prefix: string, command: RunningCommand) {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${prefix}catalog`;
  await waitFor(
    'the example catalog in PostgreSQL',
    command,
    120_000,
    async () => {
      const client = new Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const { rows } = await client.query(
          'select entity_ref from refresh_state where entity_ref = $1',
          ['component:default/secret-ranker'],
        );
        return rows.length === 1 ? true : undefined;
      } finally {
        await client.end();
      }
    },
  );
}

async function databasesWithPrefix(prefix: string): Promise<string[]> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      'select datname from pg_database where starts_with(datname, $1) order by 1',
      [prefix],
    );
    return rows.map(r => r.datname);
  } finally {
    await client.end();
  }
}

test('scripts/start.sh resolves relative --config paths from the directory it runs in', () => {
  // A missing file is reported, before anything starts, under the absolute
  // path it was resolved to: that shows the resolution for both spellings.
  const cwd = join(ROOT, 'tests');
  const cases: Array<[string[], string]> = [
    [['--config', 'nope.yaml'], `${cwd}/nope.yaml`],
    [['--config=../nope.yaml'], `${cwd}/../nope.yaml`],
    [['--config', '/nope/absolute.yaml'], '/nope/absolute.yaml'],
  ];
  for (const [args, expected] of cases) {
    const run = spawnSync(join(ROOT, 'scripts', 'start.sh'), args, {
      cwd,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`no such config file: ${expected}`);
  }
});

test('the README PostgreSQL command starts on PostgreSQL with the production config and refuses guests', async () => {
  const command = readmeCommand('Running on PostgreSQL');
  expect(command).toMatch(
    /scripts\/start\.sh --config app-config\.yaml --config app-config\.production\.yaml --config examples\/app-config\.examples\.yaml$/,
  );
  const [port, devServerPort] = [await freePort(), await freePort()];
  const prefix = `deploy_dev_${runId}_`;
  const url = `http://localhost:${port}`;
  const config = writeConfig(
    'readme-postgres',
    isolationConfig({ port, prefix, readmePostgres: postgresOf(command) }),
  );
  // The frontend development server too gets a port of its own.
  const withDevServer = writeConfig('readme-postgres-dev-server', {
    app: { listen: { port: devServerPort } },
  });

  await dropDatabases(prefix);
  const run = runCommand(
    'readme-postgres',
    `${command} --config ${config} --config=${withDevServer}`,
  );
  try {
    await waitForReadiness(url, run, 240_000);
    await expectGuestRefused(url);
    await expectApiServed(url);

    expect(await databasesWithPrefix(prefix)).toEqual(
      expect.arrayContaining([`${prefix}catalog`, `${prefix}mlops-maturity`]),
    );
    await waitForExampleCatalog(prefix, run);

    // The development server of the same command serves the app.
    const html = await waitFor(
      'the frontend dev server',
      run,
      240_000,
      async () => {
        const res = await fetch(`http://localhost:${devServerPort}/`);
        return res.ok ? res.text() : undefined;
      },
    );
    expect(html).toContain('<div id="root">');
  } finally {
    await run.stop([port, devServerPort]);
    await dropDatabases(prefix);
  }
});

test('the production build serves the app and the API from one port and refuses guests', async () => {
  const command = readmeCommand('Production build');
  expect(command).toMatch(
    /scripts\/start-production\.sh --config examples\/app-config\.examples\.yaml$/,
  );
  const port = await freePort();
  const prefix = `deploy_prod_${runId}_`;
  const url = `http://localhost:${port}`;
  const config = writeConfig(
    'production-build',
    isolationConfig({ port, prefix, readmePostgres: postgresOf(command) }),
  );

  await dropDatabases(prefix);
  const run = runCommand('production-build', `${command} --config ${config}`);
  try {
    await waitForReadiness(url, run, 480_000);

    // The app: the built frontend's index.html, with the production config
    // injected at runtime, and its assets, from the backend's own port.
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>MLOps Maturity</title>');
    expect(html).toContain('<div id="root">');
    const injected = html.match(
      /<script type="backstage\.io\/config">([\s\S]*?)<\/script>/,
    );
    expect(injected, 'runtime config in index.html').toBeTruthy();
    const [{ data }] = JSON.parse(injected![1]);
    expect(data.app.baseUrl).toBe(url);
    expect(data.backend.baseUrl).toBe(url);
    expect(data.auth).toEqual({ environment: 'production' });
    const script = html.match(/src="(\/static\/main\.[^"]+\.js)"/)?.[1];
    expect(script, 'main script in index.html').toBeTruthy();
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    // A deep link gets the app too (the frontend routes it).
    const deepLink = await fetch(`${url}/catalog/default/component/x`);
    expect(await deepLink.text()).toContain('<div id="root">');

    // The API on the same port.
    await expectApiServed(url);
    await expectGuestRefused(url);

    expect(await databasesWithPrefix(prefix)).toEqual(
      expect.arrayContaining([`${prefix}catalog`, `${prefix}mlops-maturity`]),
    );
    await waitForExampleCatalog(prefix, run);
    // Run as the image runs it.
    expect(readFileSync(run.logFile, 'utf8')).toContain(
      "NODE_ENV is 'production'",
    );
  } finally {
    await run.stop([port]);
    await dropDatabases(prefix);
  }
});
