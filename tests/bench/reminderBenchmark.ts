/* eslint-disable no-console */
/**
 * The reminders task over a large organisation: 10,000 ML services (by
 * default) seeded as the scale benchmark seeds them, a target for the
 * production ones and a campaign whose deadline is three days away, then
 *
 * 1. the decision pass alone: every reminder decided, none sent;
 * 2. a first run through the real notifications backend (every user's
 *    digest new), a second one at once (nothing changed: nothing sent), and
 *    a third a day later (every digest sent again, updated through its
 *    scope: the daily steady state);
 * 3. a run after 1% of the services changed owner (to another team): their
 *    lines dropped from the former owners' digests, added to the new ones'.
 *
 * Each run keeps the digest ledger (what each user's digest shows) in the
 * plugin's database; the time spent reading and writing it is printed apart.
 *
 * The notifications backend runs in this process, in a real Backstage backend
 * (`@backstage/backend-defaults`), on its own database, with its default
 * throttle unless `--throttle-ms` says otherwise, and its default recipient
 * resolver. The same backend runs the real catalog with the services' teams
 * (one per 50 services, `benchOwner`) and two member users each; the task
 * reads the teams' members from it once per run (`ReminderRecipients`) and
 * sends each notification to those users by ref, which the notifications
 * backend takes as they are. The services themselves are only in the
 * plugin's tables: the task reads their owners there, never in the catalog.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     tests/bench/reminderBenchmark.ts [--services 10000] [--engine sqlite|postgres] [--throttle-ms 50]
 *
 * Prints the figures; writes nothing. Not part of CI.
 */
import {
  AuthService,
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  catalogProcessingExtensionPoint,
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  NotificationService,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import knexFactory, { Knex } from 'knex';
import { join } from 'node:path';
import { CampaignStore } from '../../plugins/mlops-maturity-backend/src/database/CampaignStore';
import { createStores } from '../../plugins/mlops-maturity-backend/src/database/createStores';
import { servicesOverStores } from '../../plugins/mlops-maturity-backend/src/__testUtils__/servicesOverStores';
import { PluginMetaStore } from '../../plugins/mlops-maturity-backend/src/database/PluginMetaStore';
import { readRemindersConfig } from '../../plugins/mlops-maturity-backend/src/reminders/readRemindersConfig';
import { DigestLedger } from '../../plugins/mlops-maturity-backend/src/reminders/DigestLedger';
import { ReminderLedger } from '../../plugins/mlops-maturity-backend/src/reminders/ReminderLedger';
import { ReminderRecipients } from '../../plugins/mlops-maturity-backend/src/reminders/ReminderRecipients';
import {
  ReminderRunSummary,
  RemindersTask,
} from '../../plugins/mlops-maturity-backend/src/reminders/RemindersTask';
import { ROOT } from '../support/backend';
import { dropDatabases, POSTGRES_URL } from '../support/postgres';
import { benchOwner, seedDatabase } from './seedDatabase';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const SERVICES = Number(arg('--services') ?? 10000);
const ENGINE = (arg('--engine') ?? 'sqlite') as 'sqlite' | 'postgres';
const THROTTLE_MS = arg('--throttle-ms');
const PORT = 7161;
// The backend's own logs (a line per request) would bury the figures.
process.env.LOG_LEVEL ??= 'error';
const PG_PREFIX = 'mlops_reminder_bench_';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The plugin's own database, seeded; on PostgreSQL a fresh database. */
async function openPluginDatabase(): Promise<Knex> {
  if (ENGINE === 'sqlite') {
    return knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
  }
  const admin = knexFactory({ client: 'pg', connection: POSTGRES_URL });
  await admin.raw(`create database ${PG_PREFIX}plugin`);
  await admin.destroy();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${PG_PREFIX}plugin`;
  return knexFactory({ client: 'pg', connection: url.toString() });
}

const MANAGED = {
  'backstage.io/managed-by-location': 'url:https://bench.example.com/org.yaml',
  'backstage.io/managed-by-origin-location':
    'url:https://bench.example.com/org.yaml',
};

/** The teams that own the bench services, two member users each (a lead and an engineer). */
function teamEntities(): Entity[] {
  const teams = new Set<string>();
  for (let i = 0; i < SERVICES; i++) teams.add(benchOwner(i, SERVICES));
  return [...teams].flatMap(ref => {
    const team = ref.split('/')[1];
    const entity = (kind: string, name: string, spec: object): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace: 'default', annotations: MANAGED },
      spec: spec as Entity['spec'],
    });
    return [
      entity('Group', team, { type: 'team', children: [] }),
      entity('User', `${team}-lead`, { memberOf: [team] }),
      entity('User', `${team}-engineer`, { memberOf: [team] }),
    ];
  });
}

/**
 * A backend with the real catalog (serving `entities`), the real
 * notifications plugin and a plugin that hands its notification service,
 * catalog service and auth (its own service credentials) to this script.
 */
async function startNotificationsBackend(entities: Entity[]) {
  let deps:
    | {
        notifications: NotificationService;
        catalog: CatalogService;
        auth: AuthService;
      }
    | undefined;
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
          app: { baseUrl: 'http://localhost:3000' },
          backend: {
            baseUrl: `http://localhost:${PORT}`,
            listen: { port: PORT },
            database,
          },
          catalog: {
            rules: [{ allow: ['Group', 'User'] }],
            processingInterval: { hours: 1 },
          },
          ...(THROTTLE_MS
            ? {
                notifications: {
                  throttleInterval: { milliseconds: Number(THROTTLE_MS) },
                },
              }
            : {}),
        }),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    createBackendModule({
      pluginId: 'catalog',
      moduleId: 'reminder-bench-teams',
      register(reg) {
        reg.registerInit({
          deps: { processing: catalogProcessingExtensionPoint },
          async init({ processing }) {
            processing.addEntityProvider({
              getProviderName: () => 'reminder-bench',
              async connect(connection) {
                await connection.applyMutation({
                  type: 'full',
                  entities: entities.map(entity => ({
                    entity,
                    locationKey: 'reminder-bench',
                  })),
                });
              },
            });
          },
        });
      },
    }),
  );
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(
    createBackendPlugin({
      pluginId: 'mlops-maturity',
      register(reg) {
        reg.registerInit({
          deps: {
            notifications: notificationService,
            catalog: catalogServiceRef,
            auth: coreServices.auth,
          },
          async init(d) {
            deps = d;
          },
        });
      },
    }),
  );
  await backend.start();
  return { backend, ...deps! };
}

/** Waits until the catalog relates every team to its two members. */
async function waitForTeams(
  catalog: CatalogService,
  auth: AuthService,
  teams: number,
) {
  const start = Date.now();
  const credentials = await auth.getOwnServiceCredentials();
  for (;;) {
    let related = 0;
    for await (const page of catalog.streamEntities(
      { filter: { kind: 'Group' }, fields: ['relations'] },
      { credentials },
    )) {
      for (const group of page) {
        const members = (group.relations ?? []).filter(
          r => r.type === 'hasMember',
        );
        if (members.length === 2) related += 1;
      }
    }
    if (related === teams) return Date.now() - start;
    if (Date.now() - start > 10 * 60_000) {
      throw new Error(`the catalog related ${related} of ${teams} teams`);
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

/** The notification rows the backend stored (PostgreSQL: its database can be read from here). */
async function countNotifications(): Promise<number> {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${PG_PREFIX}notifications`;
  const knex = knexFactory({ client: 'pg', connection: url.toString() });
  try {
    const [{ n }] = await knex('notification').count({ n: '*' });
    return Number(n);
  } finally {
    await knex.destroy();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * This process's CPU time (user and system, all threads) since `from`: the
 * plugin's task, the notifications backend and (after the change) the catalog
 * all run here, so on a busy machine it says more than wall time.
 */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(from);
  return `${((user + system) / 1e6).toFixed(1)} s CPU`;
};

/** The digest ledger, timed: what a run spends reading and writing it. */
class TimedDigests {
  listMs = 0;
  saveMs = 0;
  saved = 0;
  constructor(private readonly digests: DigestLedger) {}
  async list() {
    const start = Date.now();
    try {
      return await this.digests.list();
    } finally {
      this.listMs += Date.now() - start;
    }
  }
  async save(states: Parameters<DigestLedger['save']>[0]) {
    const start = Date.now();
    try {
      await this.digests.save(states);
    } finally {
      this.saveMs += Date.now() - start;
      this.saved += states.size;
    }
  }
  /** The figures since the last call, then zeroed. */
  take() {
    const line = `digest ledger: read ${this.listMs} ms, written ${this.saveMs} ms (${this.saved} digests written)`;
    this.listMs = this.saveMs = this.saved = 0;
    return line;
  }
}

async function digestRows(knex: Knex) {
  const [{ n }] = await knex('mlops_maturity_reminder_digests').count({
    n: '*',
  });
  return Number(n);
}

/**
 * Moves 1% of the services to another team (team-001, or team-002 for its
 * own), as the catalog sync would after their owners changed.
 */
async function moveOnePercent(knex: Knex) {
  const rows: { entity_ref: string; owner: string }[] = await knex(
    'mlops_maturity_entities',
  )
    .orderBy('entity_ref')
    .select('entity_ref', 'owner');
  const moved = rows.filter((_, i) => i % 100 === 7);
  for (const row of moved) {
    const to =
      row.owner === 'group:default/team-001'
        ? 'group:default/team-002'
        : 'group:default/team-001';
    await knex('mlops_maturity_entities')
      .where('entity_ref', row.entity_ref)
      .update({ owner: to });
  }
  return moved.length;
}

function describe(summary: ReminderRunSummary) {
  const due = Object.values(summary.due).reduce((a, b) => a + b, 0);
  const reasons = Object.entries(summary.due)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  return `${due} reminders due to users (${reasons}) in ${
    summary.digests
  } digests sent; ${summary.cleared} lines marked done, ${
    summary.withdrawn
  } dropped; ${summary.failed} failed${
    summary.unavailable ? '; NO NOTIFICATIONS BACKEND' : ''
  }`;
}

async function main() {
  if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  const knex = await openPluginDatabase();
  let started:
    | Awaited<ReturnType<typeof startNotificationsBackend>>
    | undefined;
  try {
    await knex.migrate.latest({
      directory: join(ROOT, 'plugins/mlops-maturity-backend/migrations'),
    });
    const seeding = Date.now();
    await seedDatabase(knex, { services: SERVICES, revisions: 1 });
    // A Level 2 target for the production services, and a campaign for them
    // to reach Level 3 that ends in three days.
    await knex('mlops_maturity_entities')
      .where('lifecycle', 'production')
      .update({ target_level: 2, target_title: 'Production at Level 2' });
    const now = Date.now();
    await new CampaignStore(knex).create(
      {
        title: 'Production at Level 3',
        description: '',
        scope: { lifecycle: ['production'] },
        goal: { kind: 'level', level: 3 },
        startsAt: new Date(now - 30 * DAY_MS),
        deadline: new Date(now + 3 * DAY_MS),
      },
      'user:default/bench',
    );
    console.log(
      `${ENGINE}, ${SERVICES} ML services: seeded in ${seconds(
        Date.now() - seeding,
      )}`,
    );

    const stores = await createStores({
      database: mockServices.database({ knex }),
    });
    const { mlServices } = stores;
    const { scorecardService, campaignService } = servicesOverStores(stores);
    const logger = {
      info: (message: string) => console.log(`  [task] ${message}`),
      warn: (message: string) => console.log(`  [task] WARN ${message}`),
      error: (message: string) => console.log(`  [task] ERROR ${message}`),
      debug: () => {},
      child: () => logger,
    };
    const teams = teamEntities();
    started = await startNotificationsBackend(teams);
    const groups = teams.filter(e => e.kind === 'Group').length;
    const related = await waitForTeams(started.catalog, started.auth, groups);
    console.log(
      `catalog: ${groups} teams and their ${
        teams.length - groups
      } members related in ${seconds(related)}`,
    );
    const recipients = new ReminderRecipients(started);
    const digests = new TimedDigests(new DigestLedger(knex));
    const taskWith = (
      notifications: NotificationService,
      taskDigests: Pick<DigestLedger, 'list' | 'save'> = digests,
    ) =>
      new RemindersTask({
        scorecard: scorecardService,
        campaigns: campaignService,
        notifications,
        recipients,
        digests: taskDigests,
        ledger: new ReminderLedger(knex),
        meta: new PluginMetaStore(knex),
        logger,
        config: readRemindersConfig(new ConfigReader({})),
        staleAfterDays: 90,
        model: defaultMaturityModel,
      });

    const owners = (await mlServices.listServices()).flatMap(s =>
      s.owner ? [s.owner] : [],
    );
    let start = Date.now();
    const users = await recipients.usersByOwner(owners);
    console.log(
      `owners to users (one batched catalog read of ${users.size} teams): ${
        Date.now() - start
      } ms`,
    );

    start = Date.now();
    let cpu = process.cpuUsage();
    // Nothing sent, so nothing for the ledger either.
    const decided = await taskWith(
      { send: async () => {} },
      { list: async () => new Map(), save: async () => {} },
    ).run();
    console.log(
      `decision pass, owners to users included (nothing sent): ${seconds(
        Date.now() - start,
      )} (${cpuSince(cpu)}), ${describe(decided)}`,
    );

    const task = taskWith(started.notifications);
    const tomorrow = () => new Date(Date.now() + DAY_MS);
    const runs = [
      { run: 'first run (all new)', now: () => new Date() },
      { run: 'second run at once (nothing changed)', now: () => new Date() },
      { run: 'a day later (all sent again)', now: tomorrow },
      { run: '1% of the services changed owner', now: tomorrow },
    ];
    for (const { run, now: at } of runs) {
      if (run === runs[3].run) {
        console.log(`moved ${await moveOnePercent(knex)} services`);
      }
      start = Date.now();
      cpu = process.cpuUsage();
      const summary = await task.run({ now: at() });
      const used = cpuSince(cpu);
      const ms = Date.now() - start;
      console.log(
        `${run}, through the notifications backend: ${seconds(
          ms,
        )} (${used}), ${describe(summary)}`,
      );
      console.log(
        `  ${digests.take()}; ${await digestRows(knex)} digest rows after it`,
      );
      if (ENGINE === 'postgres') {
        console.log(
          `  notification rows stored: ${await countNotifications()}`,
        );
      }
    }
    console.log(
      `notifications backend throttle: ${
        THROTTLE_MS ? `${THROTTLE_MS} ms` : 'default (10 per 50 ms)'
      }`,
    );
  } finally {
    await started?.backend.stop();
    await knex.destroy();
    if (ENGINE === 'postgres') await dropDatabases(PG_PREFIX);
  }
}

main().then(
  // The backend's scheduler keeps timers after it stopped.
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
