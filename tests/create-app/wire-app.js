#!/usr/bin/env node
/*
 * The create-app trial's edits of the fresh app, each taken from the plugin
 * READMEs rather than written here, so that the trial fails when a README
 * step does not work on what create-app generates. run.sh calls one command
 * per step:
 *
 *   resolve <app> <package> <tarball>   root `resolutions`: <package> from <tarball>
 *                                       (stands in for the registry)
 *   install <app> <readme> <packs>      the README's `yarn --cwd … add <package>`,
 *                                       with the package's tarball from <packs>
 *                                       (another project's package: the registry's)
 *   backend-add <app> <readme>          the README's `backend.add(import(…))` lines
 *                                       the app does not have yet
 *   config <app> <readme> <heading>     the first YAML block of the README's section
 *                                       <heading>, merged into app-config.yaml
 *   frontend <app> <readme>             checks that the README's "new frontend
 *                                       system" case applies: nothing to wire
 *   policy <app> <readme>               the README's Permissions step A: the
 *                                       owners-only policy instead of allow-all
 *   guest <app> <readme>                the README's "Trying it as the guest";
 *                                       prints the name of the guest's service
 *   catalog <app> <file>                copies <file> to examples/ and adds it
 *                                       to catalog.locations in app-config.yaml
 *   ports <app> <frontend> <backend>    app-config.local.yaml with the ports
 *
 * Progress goes to stderr; a failure says which README step and what it
 * expected, and exits non-zero.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const log = message => console.error(`[create-app] ${message}`);

function fail(message) {
  console.error(`[create-app] FAILED: ${message}`);
  process.exit(1);
}

function read(app, file) {
  const full = path.join(app, file);
  if (!fs.existsSync(full)) fail(`the app has no ${file}`);
  return fs.readFileSync(full, 'utf8');
}

function write(app, file, text) {
  fs.writeFileSync(path.join(app, file), text);
}

/** The `yaml` package the app itself installs (with @backstage/cli). */
function yamlOf(app) {
  return require(require.resolve('yaml', { paths: [app] }));
}

/** Runs yarn in the app, its output in $CREATE_APP_LOG (or on stderr). */
function yarn(app, args) {
  log(`$ yarn ${args.join(' ')}`);
  const logFile = process.env.CREATE_APP_LOG;
  const out = logFile ? fs.openSync(logFile, 'a') : 2;
  try {
    execFileSync('yarn', args, { cwd: app, stdio: ['ignore', out, out] });
  } catch {
    if (logFile) {
      const lines = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n');
      console.error(lines.slice(-60).join('\n'));
    }
    fail(
      `yarn ${args.join(' ')} failed${
        logFile ? ` (whole output: ${logFile})` : ''
      }`,
    );
  } finally {
    if (logFile) fs.closeSync(out);
  }
}

/** The lines of a README from the heading matching `heading` to the next heading of its level. */
function section(readme, heading) {
  const lines = fs.readFileSync(readme, 'utf8').split('\n');
  let inFence = false;
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*```/.test(lines[i])) inFence = !inFence;
    const match = !inFence && /^(#+) (.*)$/.exec(lines[i]);
    if (!match) continue;
    if (start < 0 && heading.test(match[2])) {
      start = i;
      level = match[1].length;
    } else if (start >= 0 && match[1].length <= level) {
      return lines.slice(start, i).join('\n');
    }
  }
  if (start < 0) {
    fail(
      `${path.basename(
        path.dirname(readme),
      )}/README.md has no section ${heading}`,
    );
  }
  return lines.slice(start).join('\n');
}

/** The fenced code blocks of a README section in a language, without their indentation. */
function codeBlocks(text, language) {
  const blocks = [];
  const fence = /^( *)```(\w*)\n([\s\S]*?)^\1```/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    if (m[2] !== language) continue;
    const indent = m[1].length;
    blocks.push(
      m[3]
        .split('\n')
        .map(line => line.slice(Math.min(indent, line.search(/\S|$/))))
        .join('\n')
        .trimEnd(),
    );
  }
  return blocks;
}

/** The packed packages: name → tarball, from check-packages.js's output directory. */
function packedPackages(packs) {
  const found = new Map();
  for (const file of fs.readdirSync(packs)) {
    if (!file.endsWith('.tgz')) continue;
    const manifest = path.join(
      packs,
      file.slice(0, -4),
      'package',
      'package.json',
    );
    const { name, version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    found.set(name, { tarball: path.join(packs, file), version });
  }
  return found;
}

const BACKEND_INDEX = 'packages/backend/src/index.ts';

const commands = {
  resolve(app, name, tarball) {
    if (!fs.existsSync(tarball)) fail(`no tarball ${tarball}`);
    const manifest = JSON.parse(read(app, 'package.json'));
    manifest.resolutions = {
      ...manifest.resolutions,
      [name]: `file:${path.resolve(tarball)}`,
    };
    write(app, 'package.json', `${JSON.stringify(manifest, null, 2)}\n`);
    log(`package.json: resolutions.${name} = ${tarball}`);
  },

  install(app, readme, packs) {
    const install = section(readme, /^Install$/);
    const commandsInReadme = codeBlocks(install, 'sh')
      .flatMap(block => block.split('\n'))
      .map(line => /^yarn --cwd (\S+) add (\S+)$/.exec(line.trim()))
      .filter(Boolean);
    if (commandsInReadme.length === 0) {
      fail(`${readme}: no "yarn --cwd <package> add <name>" under Install`);
    }
    const packed = packedPackages(packs);
    for (const [, workspace, name] of commandsInReadme) {
      const pack = packed.get(name);
      if (!pack && !name.startsWith('@mlops-maturity/')) {
        // Another project's package, e.g. the badges backend: the registry's.
        log(`README: yarn --cwd ${workspace} add ${name} (from the registry)`);
        yarn(app, ['--cwd', workspace, 'add', name]);
        continue;
      }
      if (!pack) {
        fail(
          `${readme} installs ${name}, which is none of the packed packages (${[
            ...packed.keys(),
          ].join(', ')})`,
        );
      }
      log(
        `README: yarn --cwd ${workspace} add ${name} (${pack.version}, from its tarball)`,
      );
      yarn(app, ['--cwd', workspace, 'add', `${name}@file:${pack.tarball}`]);
      const installed = require(require.resolve(`${name}/package.json`, {
        paths: [path.join(app, workspace)],
      }));
      if (installed.version !== pack.version) {
        fail(
          `${workspace} resolves ${name}@${installed.version}, not the packed ${pack.version}`,
        );
      }
    }
  },

  'backend-add'(app, readme) {
    // Each backend.add(import('…')) statement, also when prettier wrapped it.
    const statements = codeBlocks(section(readme, /^Install$/), 'ts')
      .join('\n')
      .matchAll(
        /^backend\.add\(\s*import\(\s*'([^']+)'\s*,?\s*\)\s*,?\s*\);$/gm,
      );
    const lines = [...statements].map(m => `backend.add(import('${m[1]}'));`);
    if (lines.length === 0)
      fail(`${readme}: no backend.add(import('…')); line under Install`);
    let source = read(app, BACKEND_INDEX);
    const start = 'backend.start();';
    if (source.split(start).length !== 2) {
      fail(
        `${BACKEND_INDEX} does not have exactly one "${start}" to add the plugin before`,
      );
    }
    for (const line of lines) {
      const name = /'([^']+)'/.exec(line)[1];
      if (source.includes(`import('${name}')`)) {
        log(`${BACKEND_INDEX}: already has ${name}`);
        continue;
      }
      source = source.replace(start, `${line}\n\n${start}`);
      log(`${BACKEND_INDEX}: ${line}`);
    }
    write(app, BACKEND_INDEX, source);
  },

  config(app, readme, heading) {
    const [block] = codeBlocks(
      section(readme, new RegExp(`^${heading}$`)),
      'yaml',
    );
    if (!block) fail(`${readme}: no YAML block under "${heading}"`);
    const yaml = yamlOf(app);
    const document = yaml.parseDocument(read(app, 'app-config.yaml'));
    const merge = (prefix, value) => {
      for (const [key, child] of Object.entries(value)) {
        const keyPath = [...prefix, key];
        if (child && typeof child === 'object' && !Array.isArray(child)) {
          merge(keyPath, child);
        } else {
          document.setIn(keyPath, child);
          log(
            `app-config.yaml: ${keyPath.join('.')} = ${JSON.stringify(child)}`,
          );
        }
      }
    };
    merge([], yaml.parse(block));
    write(app, 'app-config.yaml', document.toString());
  },

  frontend(app, readme) {
    const wiring = section(readme, /^Wire it: new frontend system$/);
    if (!wiring.includes('app.packages: all')) {
      fail(
        `${readme}: the new frontend system section no longer covers app.packages: all`,
      );
    }
    const appTsx = read(app, 'packages/app/src/App.tsx');
    if (!appTsx.includes("from '@backstage/frontend-defaults'")) {
      fail(
        'packages/app/src/App.tsx does not use @backstage/frontend-defaults: create-app generates ' +
          'another frontend system now, and the trial must follow the README section for it',
      );
    }
    const packages = yamlOf(app).parse(read(app, 'app-config.yaml'))?.app
      ?.packages;
    if (packages !== 'all') {
      fail(
        `app-config.yaml has app.packages ${JSON.stringify(
          packages,
        )}, not "all": the README's ` +
          'createApp({ features: [mlopsMaturityPlugin] }) step would be needed',
      );
    }
    log(
      'new frontend system with app.packages: all — the README: nothing else to do',
    );
  },

  policy(app, readme) {
    const stepA = section(readme, /^A\. /);
    const [allowAll, ownersOnly] = codeBlocks(stepA, 'ts');
    if (!allowAll || !ownersOnly) {
      fail(
        `${readme}: Permissions step A does not show the module to replace and its replacement`,
      );
    }
    const source = read(app, BACKEND_INDEX);
    if (!source.includes(allowAll)) {
      fail(
        `step A.1 replaces\n${allowAll}\nbut ${BACKEND_INDEX} of the fresh app does not contain it`,
      );
    }
    write(app, BACKEND_INDEX, source.replace(allowAll, ownersOnly));
    log(
      `${BACKEND_INDEX}: the allow-all policy module replaced by\n${ownersOnly}`,
    );

    const remove = /`(yarn --cwd (\S+) remove (\S+))`/.exec(stepA);
    if (!remove)
      fail(`${readme}: step A no longer removes the allow-all package`);
    yarn(app, ['--cwd', remove[2], 'remove', remove[3]]);

    const [permissionYaml] = codeBlocks(stepA, 'yaml');
    const wanted = yamlOf(app).parse(permissionYaml ?? '')?.permission?.enabled;
    const config = yamlOf(app).parse(read(app, 'app-config.yaml'));
    if (wanted !== true || config?.permission?.enabled !== true) {
      fail(
        `step A.2 keeps permission.enabled: true; the README shows ${wanted}, app-config.yaml has ${config?.permission?.enabled}`,
      );
    }
    log(
      'app-config.yaml: permission.enabled is true, as step A.2 says a fresh app has',
    );
  },

  guest(app, readme) {
    const trying = section(readme, /^Trying it as the guest$/);
    const [providerYaml, entityYaml] = codeBlocks(trying, 'yaml');
    const yaml = yamlOf(app);
    const guest = yaml.parse(providerYaml ?? '')?.auth?.providers?.guest;
    const entity = yaml.parse(entityYaml ?? '');
    if (!guest || !entity?.metadata?.name) {
      fail(
        `${readme}: "Trying it as the guest" no longer shows the guest provider config and an ML service`,
      );
    }
    // "replace `guest: {}` under `auth.providers`"
    const config = read(app, 'app-config.yaml');
    const stock = /^( +)guest: \{\}$/m.exec(config);
    if (!stock)
      fail(
        'app-config.yaml has no `guest: {}` under auth.providers to replace',
      );
    const indent = stock[1];
    const replacement = yaml
      .stringify({ guest })
      .trimEnd()
      .split('\n')
      .map(l => `${indent}${l}`)
      .join('\n');
    const edited = config.replace(stock[0], replacement);
    const providers = yaml.parse(edited)?.auth?.providers;
    if (JSON.stringify(providers?.guest) !== JSON.stringify(guest)) {
      fail(
        `app-config.yaml: auth.providers.guest is ${JSON.stringify(
          providers?.guest,
        )} after the edit`,
      );
    }
    write(app, 'app-config.yaml', edited);
    log(`app-config.yaml: auth.providers.guest = ${JSON.stringify(guest)}`);

    // "give `guests` an ML service, e.g. in `examples/entities.yaml`"
    const entities = 'examples/entities.yaml';
    write(app, entities, `${read(app, entities).trimEnd()}\n${entityYaml}\n`);
    log(
      `${entities}: + ${entity.kind} ${entity.metadata.name} owned by ${entity.spec?.owner}`,
    );
    console.log(entity.metadata.name);
  },

  catalog(app, file) {
    const target = `examples/${path.basename(file)}`;
    const configFile = 'app-config.yaml';
    const source = read(app, configFile);
    if (source.includes(`../../${target}`))
      fail(`${configFile} already lists ${target}`);
    fs.copyFileSync(file, path.join(app, target));
    const anchor = /^ {2}locations:\n/m;
    if (!anchor.test(source)) fail(`${configFile} has no catalog.locations`);
    const entry = [
      '    # ML services (the create-app trial)',
      '    - type: file',
      `      target: ../../${target}`,
      '      rules:',
      '        - allow: [Component, Group]',
      '',
    ].join('\n');
    const edited = source.replace(anchor, match => `${match}${entry}`);
    const locations = yamlOf(app).parse(edited)?.catalog?.locations ?? [];
    if (!locations.some(l => l.target === `../../${target}`)) {
      fail(
        `the location was not added under catalog.locations in ${configFile}`,
      );
    }
    write(app, configFile, edited);
    log(`${configFile}: catalog.locations += ../../${target}`);
  },

  ports(app, frontendPort, backendPort) {
    const frontend = `http://localhost:${frontendPort}`;
    const backend = `http://localhost:${backendPort}`;
    write(
      app,
      'app-config.local.yaml',
      [
        '# The create-app trial runs beside the demo app (3000/7007).',
        'app:',
        `  baseUrl: ${frontend}`,
        'backend:',
        `  baseUrl: ${backend}`,
        '  listen:',
        `    port: ${backendPort}`,
        '  cors:',
        `    origin: ${frontend}`,
        '',
      ].join('\n'),
    );
    log(`app-config.local.yaml: frontend ${frontend}, backend ${backend}`);
  },
};

const [command, app, ...args] = process.argv.slice(2);
if (!commands[command] || !app) {
  fail(`usage: wire-app.js <${Object.keys(commands).join('|')}> <app> ...`);
}
commands[command](path.resolve(app), ...args);
