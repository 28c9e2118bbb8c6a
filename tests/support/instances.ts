import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackendProcess, freePort, ROOT, startBackend } from './backend';
import { POSTGRES_URL } from './postgres';

const RESULTS = join(ROOT, 'tests', 'results');
const PRODUCTION = join(ROOT, '.data', 'production');

/** One backend instance of several sharing a PostgreSQL. */
export interface Instance extends BackendProcess {
  name: string;
  /** When it was started (ms since the epoch). */
  startedAt: number;
}

/**
 * Builds the production build when its sources changed and lays it out in
 * .data/production, as `scripts/start-production.sh --prepare-only` does.
 */
export function prepareProductionBuild(name: string) {
  mkdirSync(RESULTS, { recursive: true });
  const run = spawnSync(
    join(ROOT, 'scripts', 'start-production.sh'),
    ['--prepare-only'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const logFile = join(RESULTS, `${name}-build.log`);
  writeFileSync(logFile, `${run.stdout}\n${run.stderr}`);
  if (run.status !== 0) {
    throw new Error(`the production build failed; see ${logFile}`);
  }
}

/**
 * Starts `count` instances of the production build, one after the other as
 * in a rolling deploy (the catalog's migrations are not safe to run from two
 * processes at once on an empty database), each on its own port and all on
 * one PostgreSQL database prefix, with the production config
 * (app-config.yaml, app-config.production.yaml), the example catalog
 * (examples/app-config.examples.yaml) and `config` over them.
 */
export async function startProductionInstances(options: {
  name: string;
  count: number;
  prefix: string;
  config: Record<string, unknown>;
}): Promise<Instance[]> {
  const overlay = join(RESULTS, `${options.name}.overlay.app-config.json`);
  writeFileSync(overlay, JSON.stringify(options.config, null, 2));
  const instances: Instance[] = [];
  try {
    for (let i = 0; i < options.count; i++) {
      const name = `${options.name}-${String.fromCharCode(97 + i)}`;
      const startedAt = Date.now();
      const backend = await startBackend({
        name,
        port: await freePort(),
        database: {
          kind: 'postgres',
          connection: POSTGRES_URL,
          prefix: options.prefix,
        },
        production: true,
        configFiles: [
          join(PRODUCTION, 'app-config.yaml'),
          join(PRODUCTION, 'app-config.production.yaml'),
          join(ROOT, 'examples', 'app-config.examples.yaml'),
          overlay,
        ],
        env: { EXAMPLES_DIR: join(ROOT, 'examples') },
      });
      instances.push({ ...backend, name, startedAt });
    }
  } catch (error) {
    await Promise.all(instances.map(instance => instance.stop()));
    throw error;
  }
  return instances;
}

/** One line of a production backend's JSON log. */
export interface LogEntry {
  /** ms since the epoch */
  time: number;
  message: string;
  plugin?: string;
}

/** The lines of an instance's log whose message matches. */
export function logEntries(instance: Instance, message: RegExp): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const line of readFileSync(instance.logFile, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: { timestamp?: string; message?: string; plugin?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof entry.message !== 'string' || !message.test(entry.message)) {
      continue;
    }
    entries.push({
      time: Date.parse(entry.timestamp ?? ''),
      message: entry.message,
      plugin: entry.plugin,
    });
  }
  return entries;
}
