import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { POSTGRES_URL } from '../support/postgres';
import { ROOT, waitUntilPortFree } from '../support/backend';

export { freePort } from '../support/backend';

export const RESULTS = join(ROOT, 'tests', 'results', 'deployment');

/**
 * The first shell block under a `## <heading>` of README.md, as one line
 * (backslash-continued lines joined), so a test runs what the README shows.
 */
export function readmeCommand(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "${heading}"`);
  const block = readme.slice(start).match(/```sh\n([\s\S]*?)```/);
  if (!block) throw new Error(`no sh block under "${heading}"`);
  return block[1]
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map(line => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)
    .join('; ');
}

/**
 * Writes a config file under tests/results/deployment and returns its path
 * relative to the repository root, the way a user names one on the command
 * line.
 */
export function writeConfig(name: string, config: object): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${name}.app-config.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return relative(ROOT, file);
}

/**
 * Config that moves a backend to its own port (app and API on one origin) and
 * database prefix, so a test never meets another backend's port or
 * databases. The connection goes to the test PostgreSQL only when that is not
 * the one the README's command names.
 */
export function isolationConfig(options: {
  port: number;
  prefix: string;
  readmePostgres: string;
}) {
  const url = `http://localhost:${options.port}`;
  return {
    app: { baseUrl: url },
    backend: {
      baseUrl: url,
      listen: { port: options.port },
      cors: { origin: url },
      database: {
        prefix: options.prefix,
        ...(sameServer(POSTGRES_URL, options.readmePostgres)
          ? {}
          : { connection: POSTGRES_URL }),
      },
    },
  };
}

function sameServer(a: string, b: string) {
  const [x, y] = [new URL(a), new URL(b)];
  return (
    x.hostname === y.hostname &&
    (x.port || '5432') === (y.port || '5432') &&
    x.username === y.username &&
    x.password === y.password
  );
}

/** The PostgreSQL server a README command's POSTGRES_* variables name. */
export function postgresOf(command: string): string {
  const env = (name: string) =>
    command.match(new RegExp(`(?:^|\\s)${name}=(\\S*)`))?.[1] ?? '';
  const password = env('POSTGRES_PASSWORD');
  return `postgresql://${env('POSTGRES_USER')}${
    password ? `:${password}` : ''
  }@${env('POSTGRES_HOST')}:${env('POSTGRES_PORT')}`;
}

export interface RunningCommand {
  logFile: string;
  exited: Promise<number | null>;
  hasExited(): boolean;
  /** Stops the command's whole process group and waits until its ports are free. */
  stop(ports: number[]): Promise<void>;
}

/** Runs a shell command line from the repository root, as its own process group. */
export function runCommand(name: string, commandLine: string): RunningCommand {
  mkdirSync(RESULTS, { recursive: true });
  const logFile = join(RESULTS, `${name}.log`);
  const log = openSync(logFile, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0' };
  delete env.NODE_ENV; // as in a user's shell
  const child: ChildProcess = spawn('bash', ['-c', commandLine], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', log, log],
    env,
  });
  let gone = false;
  const exited = new Promise<number | null>(done =>
    child.on('exit', code => {
      gone = true;
      done(code);
    }),
  );
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return {
    logFile,
    exited,
    hasExited: () => gone,
    stop: async ports => {
      kill('SIGTERM');
      for (const port of ports) {
        if (!(await waitUntilPortFree(port, 20_000))) kill('SIGKILL');
      }
      kill('SIGKILL');
      await Promise.race([exited, new Promise(r => setTimeout(r, 10_000))]);
    },
  };
}

/** Polls `check` until it returns a value, the command exits, or time runs out. */
export async function waitFor<T>(
  what: string,
  command: RunningCommand,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (command.hasExited()) {
      throw new Error(
        `the command exited before ${what}; see ${command.logFile}`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `timed out waiting for ${what} (${lastError ?? 'no answer'}); see ${
      command.logFile
    }`,
  );
}

/** Resolves once the backend at `url` reports ready. */
export function waitForReadiness(
  url: string,
  command: RunningCommand,
  timeoutMs: number,
) {
  return waitFor('readiness', command, timeoutMs, async () => {
    const res = await fetch(`${url}/.backstage/health/v1/readiness`);
    return res.ok ? true : undefined;
  });
}
