#!/usr/bin/env node
/*
 * Builds and packs each plugin package the way it is published, then checks
 * the tarball as a user's package manager would see it:
 *
 * - no `workspace:` range is left in any dependency list;
 * - `main`, `module`, `types`, every path in `exports` and `typesVersions`,
 *   and `configSchema` name files the tarball holds;
 * - the built code and its type declarations are there;
 * - the backend carries every migration of the source tree.
 *
 * Needs the type check first (`yarn tsc`: the build takes the declarations
 * from dist-types). Usage: node scripts/check-packages.js [out-dir]
 *
 * With an out-dir, the tarballs are kept there (`<package-dir>.tgz`, e.g.
 * mlops-maturity-backend.tgz) for the create-app trial; without one they go
 * to a temporary directory that is removed afterwards.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGES = [
  'plugins/mlops-maturity-common',
  'plugins/mlops-maturity-backend',
  'plugins/mlops-maturity',
  'plugins/mlops-maturity-backend-module-tech-insights',
  'plugins/mlops-maturity-node',
  'plugins/mlops-maturity-backend-module-catalog-evidence',
  'plugins/mlops-maturity-backend-module-badges',
];
const DEPENDENCY_LISTS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
];

/** Every file path a package.json field names (not condition names or markers). */
function namedPaths(manifest) {
  const paths = [];
  for (const field of ['main', 'module', 'types', 'configSchema']) {
    if (typeof manifest[field] === 'string')
      paths.push([field, manifest[field]]);
  }
  const walk = (where, value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./')) paths.push([where, value]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(`${where}[${i}]`, v));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(`${where}.${k}`, v);
    }
  };
  walk('exports', manifest.exports);
  for (const [pattern, targets] of Object.entries(
    manifest.typesVersions?.['*'] ?? {},
  )) {
    for (const target of targets) {
      paths.push([`typesVersions.${pattern}`, target]);
    }
  }
  return paths;
}

function check(dir, out) {
  const problems = [];
  const source = path.join(ROOT, dir);
  const name = require(path.join(source, 'package.json')).name;
  execFileSync('yarn', ['backstage-cli', 'package', 'build'], {
    cwd: source,
    stdio: 'inherit',
  });
  const tarball = path.join(out, `${path.basename(dir)}.tgz`);
  execFileSync('yarn', ['pack', '--out', tarball], {
    cwd: source,
    stdio: 'ignore',
  });
  const unpacked = path.join(out, path.basename(dir));
  fs.mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const root = path.join(unpacked, 'package');
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, 'package.json'), 'utf8'),
  );
  const has = file => fs.existsSync(path.join(root, file));

  for (const list of DEPENDENCY_LISTS) {
    for (const [dep, range] of Object.entries(manifest[list] ?? {})) {
      if (String(range).startsWith('workspace:')) {
        problems.push(`${list}.${dep} is still "${range}"`);
      }
    }
  }
  for (const [field, file] of namedPaths(manifest)) {
    if (!has(file))
      problems.push(`${field} names ${file}, which is not packed`);
  }
  if (!has('dist')) problems.push('no dist/ directory');
  if (!has('dist/index.d.ts')) problems.push('no dist/index.d.ts');
  if (manifest.main && !manifest.main.startsWith('dist/')) {
    problems.push(`main is ${manifest.main}, not the built code`);
  }
  const migrations = path.join(source, 'migrations');
  if (fs.existsSync(migrations)) {
    for (const file of fs.readdirSync(migrations)) {
      if (!has(`migrations/${file}`)) {
        problems.push(`migration ${file} is not packed`);
      }
    }
  }
  const files = execFileSync('tar', ['-tzf', tarball]).toString().split('\n');
  console.log(
    `${problems.length ? '✘' : '✓'} ${name}@${manifest.version}: ${
      files.filter(Boolean).length
    } files, main ${manifest.main}, types ${manifest.types}`,
  );
  return problems.map(p => `${name}: ${p}`);
}

const keep = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
if (keep) fs.mkdirSync(keep, { recursive: true });
const out =
  keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-maturity-pack-'));
try {
  const problems = PACKAGES.flatMap(dir => check(dir, out));
  if (problems.length) {
    console.error(problems.map(p => `  ${p}`).join('\n'));
    process.exit(1);
  }
} finally {
  if (!keep) fs.rmSync(out, { recursive: true, force: true });
}
