import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT } from '../support/backend';
import { RESULTS } from './commands';

export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | ConfigValue[]
  | { [key: string]: ConfigValue };
export type ConfigObject = { [key: string]: ConfigValue };

/**
 * Stand-ins for the variables app-config.production.yaml reads, so that the
 * printed config shows where they land and never a secret of the machine the
 * test runs on.
 */
const PRODUCTION_ENV = {
  POSTGRES_HOST: 'postgres.invalid',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'backstage',
  POSTGRES_PASSWORD: 'not-a-secret',
};

/**
 * The config a backend started with these files reads, as
 * `backstage-cli config:print` prints it (relative paths from the repository
 * root). Written to tests/results/deployment/<name>.json for a person to read.
 *
 * `--with-secrets` because without it config:print passes the config through
 * the schema, which drops every `null`: a key the production file removes
 * (such as `auth.providers.guest: null`) would show up again although the
 * backend never sees it. Not `--lax`: it replaces every variable with "x",
 * defaults included, so `${EXAMPLES_DIR:-./examples}` would hide its path;
 * the variables are given stand-in values instead, in an environment without
 * the caller's APP_CONFIG_* overrides.
 */
export function printConfig(name: string, files: string[]): ConfigObject {
  const env: NodeJS.ProcessEnv = { ...PRODUCTION_ENV };
  for (const key of ['PATH', 'HOME', 'NODE_OPTIONS']) {
    if (process.env[key]) env[key] = process.env[key];
  }
  const run = spawnSync(
    'yarn',
    [
      'backstage-cli',
      'config:print',
      '--with-secrets',
      '--format',
      'json',
      ...files.flatMap(file => ['--config', file]),
    ],
    { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    throw new Error(`config:print failed (${run.status}): ${run.stderr}`);
  }
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), run.stdout);
  return JSON.parse(run.stdout);
}

/** What names the example organisation: its entities' refs, names and titles. */
export interface ExampleCatalog {
  /** The catalog files, relative to the repository root (examples/*.yaml). */
  files: string[];
  refs: Set<string>;
  names: Set<string>;
  titles: Set<string>;
}

/** Reads every entity of the catalog files in examples/. */
export function readExampleCatalog(): ExampleCatalog {
  const catalog: ExampleCatalog = {
    files: [],
    refs: new Set(),
    names: new Set(),
    titles: new Set(),
  };
  const dir = join(ROOT, 'examples');
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yaml') || file.startsWith('app-config')) continue;
    catalog.files.push(`examples/${file}`);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const document of parseAllDocuments(text)) {
      const entity = document.toJS();
      if (!entity?.kind || !entity.metadata?.name) continue;
      const kind = String(entity.kind).toLowerCase();
      const name = String(entity.metadata.name).toLowerCase();
      const namespace = String(
        entity.metadata.namespace ?? 'default',
      ).toLowerCase();
      catalog.refs.add(`${kind}:${namespace}/${name}`);
      catalog.refs.add(`${kind}:${name}`);
      catalog.names.add(name);
      if (entity.metadata.title) {
        catalog.titles.add(String(entity.metadata.title).toLowerCase());
      }
    }
  }
  return catalog;
}

/** Every key path and value of a config, arrays indexed (`a.b[0].c`). */
export function* leaves(
  value: ConfigValue,
  path = '',
): Generator<[string, ConfigValue]> {
  if (Array.isArray(value)) {
    if (value.length === 0) yield [path, value];
    for (const [index, item] of value.entries()) {
      yield* leaves(item, `${path}[${index}]`);
    }
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) yield [path, value];
    for (const [key, item] of entries) {
      yield* leaves(item, path ? `${path}.${key}` : key);
    }
  } else {
    yield [path, value];
  }
}

/**
 * Each place where a config names the example organisation: an entity ref
 * (`user:default/ada`, `group:team-fraud`), a value that is an example
 * entity's name (`domain: risk`, `userEntityRef: ada`), an example entity's
 * title, or the examples folder or one of its catalog files.
 */
export function exampleTraces(
  config: ConfigObject,
  examples: ExampleCatalog,
): string[] {
  const fileNames = examples.files.map(file => file.split('/').pop()!);
  const traces: string[] = [];
  for (const [path, value] of leaves(config)) {
    if (typeof value !== 'string') continue;
    const text = value.toLowerCase();
    const found = [
      ...[...examples.refs].filter(ref => refIn(text, ref)),
      ...(examples.names.has(text)
        ? [`the example entity name "${text}"`]
        : []),
      ...[...examples.titles].filter(title => text.includes(title)),
      ...(/(^|[^a-z0-9_])examples([/\\]|$)/.test(text)
        ? ['the examples folder']
        : []),
      ...fileNames.filter(file => text.endsWith(`/${file}`) || text === file),
    ];
    if (found.length > 0) {
      traces.push(`${path} = ${JSON.stringify(value)}: ${found.join(', ')}`);
    }
  }
  return traces;
}

/** Whether `ref` occurs in `text` as a whole ref, not inside a longer name. */
function refIn(text: string, ref: string): boolean {
  let from = text.indexOf(ref);
  while (from >= 0) {
    const next = text.charAt(from + ref.length);
    if (!/[a-z0-9_.-]/.test(next)) return true;
    from = text.indexOf(ref, from + 1);
  }
  return false;
}

/**
 * The key paths a production file leaves to the files before it: neither
 * it nor a key above sets them (a list or plain value replaces what is
 * below it, and null removes it).
 */
export function inheritedPaths(
  merged: ConfigObject,
  production: ConfigObject,
): string[] {
  const setBy = (path: string): boolean => {
    let node: ConfigValue | undefined = production;
    for (const key of path.split('.')) {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        return true; // replaced above this key
      }
      if (!(key in node)) return false;
      node = node[key];
    }
    return true;
  };
  const paths = new Set<string>();
  for (const [path] of leaves(merged)) {
    // Lists are replaced whole: judge a list by its own key.
    const key = path.replace(/\[.*$/, '');
    if (!setBy(key)) paths.add(key);
  }
  return [...paths].sort();
}

/** A YAML config file of the repository, as plain data. */
export function readConfigFile(file: string): ConfigObject {
  const [document] = parseAllDocuments(readFileSync(join(ROOT, file), 'utf8'));
  return (document.toJS() ?? {}) as ConfigObject;
}
