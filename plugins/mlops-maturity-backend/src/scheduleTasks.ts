import { SchedulerService } from '@backstage/backend-plugin-api';
import { MaturityContext } from './context';

/**
 * Schedules the plugin's tasks: the catalog sync (then the demo data, when
 * enabled), the visibility refresh, the daily snapshots, and the retention purge and the
 * reminders when they are configured.
 */
export async function scheduleMaturityTasks(
  scheduler: SchedulerService,
  { config, stores, tasks }: MaturityContext,
): Promise<void> {
  const { sync, demoData, refresh, retention, reminders, snapshots } = tasks;
  const { mlServices } = stores;
  await scheduler.scheduleTask({
    id: 'mlops-maturity-catalog-sync',
    ...config.catalogSync,
    fn: async () => {
      await sync.syncAll();
      const loaded =
        (await demoData?.loadWhenSettled(
          await mlServices.listServices(),
          async () => {
            await sync.syncAll();
            return mlServices.listServices();
          },
        )) ?? 0;
      // The demo's assessments were written after the sync measured
      // their (absent) answers: measure them now, not a sync later.
      if (loaded > 0) await sync.syncAll();
      await demoData?.createCampaignsOnce();
    },
  });
  await scheduler.scheduleTask({
    id: 'mlops-maturity-visibility-refresh',
    ...config.visibilityRefresh,
    fn: async () => {
      await refresh.run();
    },
  });
  // Once across instances: the daily snapshots (backfilled on the first run).
  await scheduler.scheduleTask({
    id: 'mlops-maturity-snapshots',
    scope: 'global',
    frequency: { minutes: 30 },
    timeout: { minutes: 30 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      await snapshots.run();
    },
  });
  // Once across instances: verified levels missing (the backfill after an
  // upgrade), of another revision, or due with time (an exemption expired,
  // an answer outlived mlopsMaturity.review.answerTtlDays).
  await scheduler.scheduleTask({
    id: 'mlops-maturity-verification',
    scope: 'global',
    frequency: { minutes: 15 },
    timeout: { minutes: 30 },
    initialDelay: { minutes: 2 },
    fn: async () => {
      await tasks.verification.run();
    },
  });
  if (retention) {
    await scheduler.scheduleTask({
      id: 'mlops-maturity-retention',
      frequency: { hours: 24 },
      timeout: { minutes: 30 },
      initialDelay: { minutes: 10 },
      fn: async () => {
        await retention.run();
      },
    });
  }
  if (reminders) {
    await scheduler.scheduleTask({
      id: 'mlops-maturity-reminders',
      ...config.reminders.schedule,
      fn: async signal => {
        await reminders.run({ signal });
      },
    });
  }
}
