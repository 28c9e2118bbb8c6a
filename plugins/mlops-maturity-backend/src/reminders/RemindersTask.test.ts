import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import {
  DefaultNotificationService,
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createStores } from '../database/createStores';
import { MlServiceRecord } from '../database/scorecardTypes';
import { createTestDatabases } from '../testUtils';
import { readRemindersConfig } from './readRemindersConfig';
import { DigestLedger } from './DigestLedger';
import { ReminderLedger } from './ReminderLedger';
import { ReminderRecipients } from './ReminderRecipients';
import { RemindersTask } from './RemindersTask';
import { servicesOverStores } from '../__testUtils__/servicesOverStores';
import { ConfigReader } from '@backstage/config';

const service = (name: string, owner: string | null): MlServiceRecord => ({
  entityRef: `component:default/${name}`,
  entityUid: `uid-${name}`,
  search: [],
  kind: 'Component',
  namespace: 'default',
  name,
  title: null,
  type: 'ml-service',
  owner,
  system: null,
  domain: null,
  lifecycle: 'production',
  targetLevel: null,
  targetTitle: null,
});

/** Three services never assessed; nobody owns the third. */
const SERVICES = [
  service('alpha', 'group:default/team-a'),
  service('bravo', 'group:default/team-b'),
  service('orphan', null),
];

/** The owners' groups as the catalog holds them: ann in team-a, bob in team-b, nobody in team-empty. */
const group = (name: string, members: string[]) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: members.map(m => ({ type: 'hasMember', targetRef: m })),
});
const GROUPS = [
  group('team-a', ['user:default/ann']),
  group('team-b', ['user:default/bob']),
  group('team-empty', []),
];

// A fresh database per test: on a busy MariaDB that takes seconds.
jest.setTimeout(60_000);

/** The users a send goes to. */
const usersOf = (options: NotificationSendOptions): string[] =>
  options.recipients.type === 'entity'
    ? [options.recipients.entityRef].flat()
    : [];

const databases = createTestDatabases();
const databaseIds = databases.eachSupportedId();

async function taskWith(
  databaseId: TestDatabaseId,
  notifications: NotificationService,
  options: {
    services?: MlServiceRecord[];
    firstSyncWait?: { timeoutMs: number; pollMs: number };
  } = {},
) {
  const knex = await databases.init(databaseId);
  const stores = await createStores({
    database: mockServices.database({ knex }),
  });
  const { db, mlServices, meta } = stores;
  await mlServices.replaceAll(options.services ?? SERVICES);
  const logger = mockServices.logger.mock();
  const { scorecardService, campaignService } = servicesOverStores(stores);
  const task = new RemindersTask({
    scorecard: scorecardService,
    campaigns: campaignService,
    notifications,
    recipients: new ReminderRecipients({
      catalog: catalogServiceMock({ entities: GROUPS }),
      auth: mockServices.auth(),
    }),
    digests: new DigestLedger(db),
    ledger: new ReminderLedger(db),
    meta,
    logger,
    config: readRemindersConfig(new ConfigReader({})),
    staleAfterDays: 90,
    model: defaultMaturityModel,
    firstSyncWait: options.firstSyncWait,
  });
  return { task, logger, mlServices, knex };
}

describe.each(databaseIds)('RemindersTask on %p', databaseId => {
  it('skips services without an owner or whose owner has no users, and logs and counts a failed send without stopping', async () => {
    const sent: NotificationSendOptions[] = [];
    const { task, logger } = await taskWith(
      databaseId,
      {
        async send(options) {
          if (usersOf(options).includes('user:default/ann')) {
            throw new Error(
              'Failed to send notifications: Error: Request failed with status 500',
            );
          }
          sent.push(options);
        },
      },
      { services: [...SERVICES, service('delta', 'group:default/team-empty')] },
    );

    const summary = await task.run();

    expect(summary).toEqual({
      services: 4,
      withoutOwner: 1,
      withoutRecipients: 1,
      campaigns: 0,
      due: {
        stale: 0,
        'never-assessed': 2,
        'below-target': 0,
        'campaign-deadline-soon': 0,
        'campaign-deadline-passed': 0,
        'exemption-expired': 0,
      },
      digests: 1,
      cleared: 0,
      withdrawn: 0,
      retired: 0,
      failed: 1,
      unavailable: false,
      aborted: false,
    });
    // bravo's owner team-b, by its member's user ref.
    expect(sent.map(s => s.recipients)).toEqual([
      { type: 'entity', entityRef: ['user:default/bob'] },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not send the reminders digest to 1 user(s), user:default/ann first: Error: Failed to send notifications: Error: Request failed with status 500',
    );
    expect(logger.info).toHaveBeenCalledWith(
      'MLOps maturity reminders: 4 ML services (1 without an owner, 1 whose owner has no users in the catalog, skipped), 0 campaigns near or past their deadline; ' +
        'due 0 stale, 2 never-assessed, 0 below-target, 0 campaign-deadline-soon, 0 campaign-deadline-passed, 0 exemption-expired; ' +
        'sent 1 digests (0 lines marked done, 0 dropped whose user is no longer a recipient); retired 0 pre-digest reminders; 1 failed',
    );
  });

  it('warns once and stops when no notifications backend answers', async () => {
    // A real backend without the notifications plugin answers 404.
    const backend = await startTestBackend({ features: [] });
    const { port } = backend.server.address() as { port: number };
    const baseUrl = `http://localhost:${port}/api/notifications`;
    const notifications = DefaultNotificationService.create({
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth(),
    });
    const { task, logger } = await taskWith(databaseId, notifications);

    const summary = await task.run();

    expect(summary.unavailable).toBe(true);
    expect(summary.failed).toBe(0);
    expect(summary.digests).toBe(0);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /^MLOps maturity reminders were not sent: the notifications backend did not answer \(.*status 404\)\. Add @backstage\/plugin-notifications-backend/,
    );
    await backend.stop();
  });

  it('stops sending when the task is cancelled or times out in the middle of a run', async () => {
    // Twelve services never assessed, each its own user's: twelve digests.
    const services = Array.from({ length: 12 }, (_, i) =>
      service(`svc-${String(i).padStart(2, '0')}`, `user:default/u${i}`),
    );
    const controller = new AbortController();
    const ABORT_AFTER = 3;
    let started = 0;
    let startedAfterAbort = 0;
    const send = jest.fn(async () => {
      if (controller.signal.aborted) startedAfterAbort += 1;
      started += 1;
      // The scheduler cancels the task while the third reminder is on its way.
      if (started === ABORT_AFTER) controller.abort();
      await new Promise(r => setTimeout(r, 5));
    });
    const { task } = await taskWith(databaseId, { send }, { services });

    const summary = await task.run({ signal: controller.signal });

    expect(summary.aborted).toBe(true);
    // The sends already on their way finish; none starts after the abort.
    expect(startedAfterAbort).toBe(0);
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(ABORT_AFTER);
    expect(send.mock.calls.length).toBeLessThan(services.length);
    expect(summary.digests).toBe(send.mock.calls.length);

    // Cancelled before the run began: nothing is sent at all.
    const none = jest.fn(async () => {});
    const { task: cancelled } = await taskWith(databaseId, { send: none });
    expect((await cancelled.run({ signal: AbortSignal.abort() })).aborted).toBe(
      true,
    );
    expect(none).not.toHaveBeenCalled();
  });

  it('waits for the catalog sync to list the ML services on a first start', async () => {
    const send = jest.fn(async () => {});
    const { task, mlServices } = await taskWith(
      databaseId,
      { send },
      { services: [], firstSyncWait: { timeoutMs: 30_000, pollMs: 50 } },
    );
    const run = task.run();
    await new Promise(r => setTimeout(r, 300));
    expect(send).not.toHaveBeenCalled();
    await mlServices.replaceAll(SERVICES);

    expect((await run).services).toBe(3);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing when no ML service is listed within the wait', async () => {
    const send = jest.fn(async () => {});
    const { task } = await taskWith(
      databaseId,
      { send },
      { services: [], firstSyncWait: { timeoutMs: 200, pollMs: 50 } },
    );
    expect((await task.run()).services).toBe(0);
    expect(send).not.toHaveBeenCalled();
  });

  it('drops from a digest, unnamed, a service its user no longer receives, retries a failed send, and sends nothing while no service is listed', async () => {
    const sent: NotificationSendOptions[] = [];
    let fail = false;
    const { task, logger, mlServices } = await taskWith(
      databaseId,
      {
        async send(options) {
          if (fail) throw new Error('Request failed with status 500');
          sent.push(options);
        },
      },
      { firstSyncWait: { timeoutMs: 100, pollMs: 50 } },
    );
    await task.run();
    const to = (user: string) =>
      sent
        .filter(s => usersOf(s).includes(user))
        .map(s => [s.payload.scope, s.payload.title, s.payload.description]);
    expect(to('user:default/bob')).toEqual([
      [
        'mlops-maturity:digest',
        'bravo needs attention',
        'bravo: not assessed yet: assess it.',
      ],
    ]);
    // bravo moves from team-b (bob) to team-a (ann).
    await mlServices.replaceAll([
      SERVICES[0],
      service('bravo', 'group:default/team-a'),
    ]);
    sent.length = 0;

    // The sends fail: counted, logged, and the digests stay as they were.
    fail = true;
    const failed = await task.run();
    expect([failed.digests, failed.failed]).toEqual([0, 2]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not send the reminders digest to 1 user(s), user:default/bob first: Error: Request failed with status 500',
    );
    fail = false;

    const retried = await task.run();
    expect([retried.digests, retried.withdrawn]).toEqual([2, 1]);
    const bobs = to('user:default/bob');
    expect(bobs).toEqual([
      [
        'mlops-maturity:digest',
        'All caught up: no ML service of yours needs attention',
        'Nothing is due on the ML services you own.',
      ],
    ]);
    expect(to('user:default/ann')).toEqual([
      [
        'mlops-maturity:digest',
        '2 ML services need attention',
        'alpha: not assessed yet: assess it.\nbravo: not assessed yet: assess it.',
      ],
    ]);

    // No service listed (a catalog sync that has not run): nothing is sent,
    // the digests stay for when they are.
    sent.length = 0;
    await mlServices.replaceAll([]);
    expect((await task.run()).digests).toBe(0);
    expect(sent).toEqual([]);
  });

  it('sends an unchanged digest again only after repeatAfter, and a changed one at once', async () => {
    const send = jest.fn(async (_: NotificationSendOptions) => {});
    const { task } = await taskWith(databaseId, { send });
    const t0 = new Date();
    const at = (hours: number) => new Date(t0.getTime() + hours * 3600_000);

    expect((await task.run({ now: t0 })).digests).toBe(2);
    // The same reminders an hour later: within 20 hours, nothing is sent.
    expect((await task.run({ now: at(1) })).digests).toBe(0);
    expect(send).toHaveBeenCalledTimes(2);
    // A day later: both digests again, the periodic reminder.
    expect((await task.run({ now: at(24) })).digests).toBe(2);
  });
});
