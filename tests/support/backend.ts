import { ChildProcess, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const RESULTS = join(ROOT, 'tests', 'results');

/** Where a test backend keeps its data. */
export type BackendDatabase =
  | { kind: 'sqlite-memory' }
  | { kind: 'sqlite-directory'; directory: string }
  | { kind: 'postgres'; connection: string; prefix: string };

export interface BackendOptions {
  /** Names the log file, tests/results/<name>.log. */
  name: string;
  port: number;
  database: BackendDatabase;
  /** More app-config, merged over app-config.yaml. */
  config?: Record<string, unknown>;
  /**
   * Run the production build (`NODE_ENV=production node packages/backend` in
   * .data/production, prepared by `scripts/start-production.sh
   * --prepare-only`) instead of the development server `yarn start` runs.
   */
  production?: boolean;
  /**
   * The config files loaded before the generated one (port, database, and
   * `config`), in order. Default: app-config.yaml, the demo.
   */
  configFiles?: string[];
  /** More environment variables for the backend process. */
  env?: NodeJS.ProcessEnv;
}

/** A backend started the way `yarn start` starts it, as its own process group. */
export interface BackendProcess {
  url: string;
  logFile: string;
  /** The process group's id (the backend and, in development, the CLI that runs it). */
  pid: number;
  /** Sends a signal to the whole process group (the CLI and the backend it runs). */
  kill(signal: NodeJS.Signals): void;
  /** Stops the backend and waits until it has exited. */
  stop(): Promise<void>;
  exited: Promise<number | null>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Whether something accepts connections on the port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise(done => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

export async function waitUntilPortFree(
  port: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await portInUse(port))) return true;
    await new Promise(r => setTimeout(r, 200));
  }
  return false;
}

function databaseConfig(database: BackendDatabase) {
  switch (database.kind) {
    case 'sqlite-memory':
      return { client: 'better-sqlite3', connection: ':memory:' };
    case 'sqlite-directory':
      return {
        client: 'better-sqlite3',
        connection: { directory: database.directory },
      };
    default:
      return {
        client: 'pg',
        connection: database.connection,
        prefix: database.prefix,
      };
  }
}

/** Starts packages/backend with the given port and database and waits until it is ready. */
export async function startBackend(
  options: BackendOptions,
): Promise<BackendProcess> {
  // A backend killed a moment ago may still be letting go of the port.
  if (!(await waitUntilPortFree(options.port, 10_000))) {
    throw new Error(
      `port ${options.port} is already in use; stop whatever listens there first`,
    );
  }
  mkdirSync(RESULTS, { recursive: true });
  const url = `http://localhost:${options.port}`;
  const configFile = join(RESULTS, `${options.name}.app-config.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      app: { baseUrl: url },
      backend: {
        baseUrl: url,
        listen: { port: options.port },
        cors: { origin: url },
        database: databaseConfig(options.database),
      },
      ...options.config,
    }),
  );
  const logFile = join(RESULTS, `${options.name}.log`);
  const log = openSync(logFile, 'w');
  const production = join(ROOT, '.data/production');
  const configArgs = [
    ...(options.configFiles ?? [
      join(options.production ? production : ROOT, 'app-config.yaml'),
    ]),
    configFile,
  ].flatMap(file => ['--config', file]);
  const env = (nodeEnv: string) => ({
    ...process.env,
    ...options.env,
    NODE_ENV: nodeEnv,
    FORCE_COLOR: '0',
  });
  const child: ChildProcess = options.production
    ? spawn(process.execPath, ['packages/backend', ...configArgs], {
        cwd: production,
        detached: true,
        stdio: ['ignore', log, log],
        env: env('production'),
      })
    : spawn(
        process.execPath,
        [
          join(ROOT, 'node_modules/@backstage/cli/bin/backstage-cli'),
          'package',
          'start',
          ...configArgs,
        ],
        {
          cwd: join(ROOT, 'packages/backend'),
          detached: true,
          stdio: ['ignore', log, log],
          env: env('development'),
        },
      );
  const exited = new Promise<number | null>(done =>
    child.on('exit', code => done(code)),
  );
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const backend: BackendProcess = {
    url,
    logFile,
    pid: child.pid!,
    kill,
    exited,
    // The CLI can exit before the backend it started has let go of the
    // port, so stopping waits for the port, and kills the group if needed.
    stop: async () => {
      kill('SIGTERM');
      if (!(await waitUntilPortFree(options.port, 15_000))) kill('SIGKILL');
      await waitUntilPortFree(options.port, 5_000);
      kill('SIGKILL');
      await exited;
    },
  };

  const deadline = Date.now() + 180_000;
  let gone = false;
  exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline && !gone) {
    try {
      const res = await fetch(`${url}/.backstage/health/v1/readiness`);
      if (res.ok) return backend;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  await backend.stop();
  throw new Error(
    `The backend ${options.name} did not become ready; see ${logFile}`,
  );
}

/**
 * A guest user token (the guest is user:default/ada of team-recommendations,
 * unless the backend's config makes it someone else: pass their team).
 * Until the catalog has read the example org, the guest provider can only
 * issue a token without group membership, so this waits for one that claims
 * the team.
 */
export async function guestToken(
  baseUrl: string,
  team = 'group:default/team-recommendations',
): Promise<string> {
  const deadline = Date.now() + 120_000;
  let ownership: string[] = [];
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
        method: 'POST',
      });
      if (res.ok) {
        const token: string = (await res.json()).backstageIdentity.token;
        const info = await fetch(`${baseUrl}/api/auth/v1/userinfo`, {
          headers: { Authorization: `Bearer ${token}` },
        }).then(r => r.json());
        ownership = info.claims?.ent ?? [];
        if (ownership.includes(team)) return token;
      }
    } catch {
      // the backend is still starting
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the guest never became a member of ${team}: ${ownership}`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** Waits until the scorecard lists `count` services, i.e. the catalog sync has run. */
export async function waitForScorecard(
  baseUrl: string,
  token: string,
  count: number,
) {
  const deadline = Date.now() + 120_000;
  let seen = -1;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(
        `${baseUrl}/api/mlops-maturity/scorecard?limit=1`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      if (res.ok) {
        seen = (await res.json()).totalCount;
        if (seen >= count) return;
      }
    } catch {
      // the backend is still starting
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `the scorecard never listed ${count} services (last saw ${seen})`,
  );
}
