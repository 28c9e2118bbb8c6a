import { LoggerService } from '@backstage/backend-plugin-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlServiceStore } from '../database/MlServiceStore';
import { staleBefore } from '../service/staleness';
import {
  campaignReason,
  campaignReminder,
  Reminder,
  ReminderContext,
  serviceReminders,
} from './decideReminders';
import { ReminderReason, RemindersConfig } from './readRemindersConfig';
import { ReminderRecipients } from './ReminderRecipients';
import {
  AddressedReminder,
  ReminderSender,
  SendResult,
} from './ReminderSender';

/** What one run of the reminders task did. */
export interface ReminderRunSummary extends SendResult {
  /** ML services in the scorecard. */
  services: number;
  /** Of them, those without an owner: nobody to remind. */
  withoutOwner: number;
  /**
   * Of them, those whose owner stands for no user (a group without member
   * users, or one the catalog does not hold): nobody to remind either.
   */
  withoutRecipients: number;
  /** Active campaigns whose deadline is near or passed. */
  campaigns: number;
}

/** Where the active campaigns come from (the plugin's CampaignStore). */
export interface ActiveCampaignSource {
  list(filter: { state: 'active' }): Promise<Campaign[]>;
}

const ALL = { kind: 'all' } as const;
const BY_NAME = { orderBy: 'name', order: 'asc' } as const;

/**
 * Reminds the owners of ML services, through the notifications backend, of
 * what their services lack: an assessment, a recent one, the target level,
 * a campaign's goal before (or after) its deadline. One notification per
 * service and reason, updated by each run through its scope; a reason that
 * no longer holds is no longer sent. Runs as a scheduled task with global
 * scope, so several backend instances make one run.
 */
export class RemindersTask {
  private readonly sender: ReminderSender;

  constructor(
    private readonly options: {
      mlServices: Pick<MlServiceStore, 'streamScorecard' | 'listServices'>;
      campaigns: ActiveCampaignSource;
      notifications: NotificationService;
      recipients: ReminderRecipients;
      logger: LoggerService;
      config: RemindersConfig;
      staleAfterDays: number;
      model: MaturityModel;
      /**
       * How long a run waits for the catalog sync when no ML service is
       * listed yet, e.g. on a first start; then it sends nothing.
       */
      firstSyncWait?: { timeoutMs: number; pollMs: number };
    },
  ) {
    this.sender = new ReminderSender({
      notifications: options.notifications,
      logger: options.logger,
    });
  }

  /**
   * Decides every reminder first, then sends: the scorecard is read through
   * a cursor, which on SQLite holds the plugin's only connection until it is
   * closed, and sending takes a while.
   */
  async run(
    options: { now?: Date; signal?: AbortSignal } = {},
  ): Promise<ReminderRunSummary> {
    const { mlServices, config } = this.options;
    await this.waitForServices(options.signal);
    const now = options.now ?? new Date();
    const before = staleBefore(now, this.options.staleAfterDays);
    const levelNames = new Map(
      this.options.model.levels.map(l => [l.level as number, l.name]),
    );
    const context: ReminderContext = {
      now,
      staleAfterDays: this.options.staleAfterDays,
      levelName: level => levelNames.get(level) ?? `Level ${level}`,
      reasons: config.reasons,
      deadlineSoonDays: config.deadlineSoonDays,
    };

    const reminders: Reminder[] = [];
    let services = 0;
    let withoutOwner = 0;
    const servicesByOwner = new Map<string, number>();
    for await (const rows of mlServices.streamScorecard(BY_NAME, before, ALL)) {
      for (const row of rows) {
        services += 1;
        if (!row.owner) withoutOwner += 1;
        else {
          servicesByOwner.set(
            row.owner,
            (servicesByOwner.get(row.owner) ?? 0) + 1,
          );
        }
        reminders.push(...serviceReminders(row, context));
      }
    }

    const due = await this.campaignsDue(context);
    for (const { campaign, reason } of due) {
      const notDone = mlServices.streamScorecard(
        { ...BY_NAME, campaign, campaignDone: false },
        before,
        ALL,
      );
      for await (const rows of notDone) {
        for (const row of rows) {
          const r = campaignReminder(row, campaign, reason, context);
          if (r) reminders.push(r);
        }
      }
    }

    const { addressed, withoutRecipients } = await this.address(
      reminders,
      servicesByOwner,
    );
    const sent = await this.sender.sendAll(addressed, options.signal);
    const summary = {
      services,
      withoutOwner,
      withoutRecipients,
      campaigns: due.length,
      ...sent,
    };
    this.log(summary);
    return summary;
  }

  /**
   * Gives each reminder the users its service's owner stands for now, read
   * from the catalog once for every owner of the run; a reminder whose owner
   * stands for nobody is dropped, and its service counted.
   */
  private async address(
    reminders: Reminder[],
    servicesByOwner: Map<string, number>,
  ) {
    const usersByOwner = await this.options.recipients.usersByOwner([
      ...servicesByOwner.keys(),
      ...reminders.map(r => r.owner),
    ]);
    let withoutRecipients = 0;
    for (const [owner, count] of servicesByOwner) {
      if (!usersByOwner.get(owner)?.length) withoutRecipients += count;
    }
    const addressed: AddressedReminder[] = [];
    for (const reminder of reminders) {
      const recipients = usersByOwner.get(reminder.owner) ?? [];
      if (recipients.length > 0) addressed.push({ ...reminder, recipients });
    }
    return { addressed, withoutRecipients };
  }

  /**
   * On a first start the catalog sync may not have listed the ML services
   * when the first run begins (a slow catalog, a short initial delay): wait
   * for it rather than send nothing until the next run.
   */
  private async waitForServices(signal?: AbortSignal) {
    const { timeoutMs, pollMs } = this.options.firstSyncWait ?? {
      timeoutMs: 10 * 60_000,
      pollMs: 10_000,
    };
    const deadline = Date.now() + timeoutMs;
    while ((await this.options.mlServices.listServices()).length === 0) {
      if (Date.now() >= deadline || signal?.aborted) return;
      await sleep(pollMs, undefined, { signal }).catch(() => {});
    }
  }

  private async campaignsDue(context: ReminderContext) {
    if (
      !context.reasons.has('campaign-deadline-soon') &&
      !context.reasons.has('campaign-deadline-passed')
    ) {
      return [];
    }
    const active = await this.options.campaigns.list({ state: 'active' });
    return active.flatMap(campaign => {
      const reason = campaignReason(campaign, context);
      return reason ? [{ campaign, reason }] : [];
    });
  }

  private log(summary: ReminderRunSummary) {
    const { logger } = this.options;
    const counts = (Object.entries(summary.sent) as [ReminderReason, number][])
      .map(([reason, n]) => `${n} ${reason}`)
      .join(', ');
    const stopped = [
      summary.unavailable ? 'stopped: no notifications backend' : '',
      summary.aborted ? 'stopped: the task was cancelled or timed out' : '',
    ].filter(Boolean);
    logger.info(
      `MLOps maturity reminders: ${summary.services} ML services (${
        summary.withoutOwner
      } without an owner, ${
        summary.withoutRecipients
      } whose owner has no users in the catalog, skipped), ${
        summary.campaigns
      } campaigns near or past their deadline; sent ${counts}; ${
        summary.failed
      } failed${stopped.length ? `; ${stopped.join('; ')}` : ''}`,
    );
  }
}
