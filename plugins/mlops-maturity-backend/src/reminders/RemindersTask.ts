import { LoggerService } from '@backstage/backend-plugin-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { CampaignService } from '../service/CampaignService';
import { ScorecardService } from '../service/ScorecardService';
import { PluginMetaStore } from '../database/PluginMetaStore';
import {
  campaignReason,
  campaignReminder,
  Reminder,
  ReminderContext,
  serviceReminders,
} from './decideReminders';
import { ReminderReason, RemindersConfig } from './readRemindersConfig';
import { LedgerEntry, ReminderLedger } from './ReminderLedger';
import { ReminderRecipients } from './ReminderRecipients';
import {
  AddressedReminder,
  emptyCounts,
  ReminderSender,
  SendResult,
} from './ReminderSender';
import { loadReminderScopeKey } from './reminderScopeKey';
import { decideWithdrawals, Withdrawal } from './reminderWithdrawals';

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
  /**
   * Reminders withdrawn: notifications (one per user and scope) replaced by
   * one that names nothing, because their user is no longer among their
   * service's recipients or the service left the scorecard.
   */
  withdrawn: number;
}


/**
 * Reminds the owners of ML services, through the notifications backend, of
 * what their services lack: an assessment, a recent one, the target level,
 * a campaign's goal before (or after) its deadline. One notification per
 * service and reason, updated by each run through its scope; a reason that
 * no longer holds is no longer sent. Each (scope, user) sent is kept in a
 * ledger; a user who is no longer among the service's recipients (it changed
 * owner, the user left the owner group, it left the scorecard) has that
 * notification replaced, through the same scope, by one that names nothing.
 * Runs as a scheduled task with global scope, so several backend instances
 * make one run.
 */
export class RemindersTask {
  private readonly sender: ReminderSender;

  constructor(
    private readonly options: {
      scorecard: Pick<ScorecardService, 'everyRow' | 'anyListed'>;
      campaigns: Pick<CampaignService, 'active'>;
      notifications: NotificationService;
      recipients: ReminderRecipients;
      /** Who was sent which reminder, to withdraw it later. */
      ledger: Pick<ReminderLedger, 'list' | 'update'>;
      /** Where the key of the notification scopes is kept (see reminderScope). */
      meta: Pick<PluginMetaStore, 'get' | 'setOnce'>;
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
    const { config } = this.options;
    await this.waitForServices(options.signal);
    const now = options.now ?? new Date();
    const levelNames = new Map(
      this.options.model.levels.map(l => [l.level as number, l.name]),
    );
    const context: ReminderContext = {
      now,
      staleAfterDays: this.options.staleAfterDays,
      levelName: level => levelNames.get(level) ?? `Level ${level}`,
      reasons: config.reasons,
      deadlineSoonDays: config.deadlineSoonDays,
      scopeKey: await loadReminderScopeKey(this.options.meta),
    };

    const scan = await this.decide(context);
    const { addressed, withoutRecipients, recipientsOf } = await this.address(
      scan.reminders,
      scan.ownerByService,
    );
    const { withdrawn, ...sent } = await this.send(
      addressed,
      // No service listed at all: the catalog sync may not have run yet, so
      // a ledger entry's service cannot be told gone from not yet listed.
      scan.ownerByService.size > 0 ? recipientsOf : undefined,
      now,
      options.signal,
    );
    const summary = {
      services: scan.ownerByService.size,
      withoutOwner: scan.withoutOwner,
      withoutRecipients,
      campaigns: scan.campaigns,
      withdrawn,
      ...sent,
    };
    this.log(summary);
    return summary;
  }

  /** Every reminder due, and each listed service's owner. */
  private async decide(context: ReminderContext) {
    const { scorecard } = this.options;
    const reminders: Reminder[] = [];
    let withoutOwner = 0;
    const ownerByService = new Map<string, string | null>();
    for await (const rows of scorecard.everyRow({}, context.now)) {
      for (const row of rows) {
        ownerByService.set(row.entityRef, row.owner);
        if (!row.owner) withoutOwner += 1;
        reminders.push(...serviceReminders(row, context));
      }
    }

    const due = await this.campaignsDue(context);
    for (const { campaign, reason } of due) {
      const notDone = scorecard.everyRow(
        { campaign, campaignDone: false },
        context.now,
      );
      for await (const rows of notDone) {
        for (const row of rows) {
          const r = campaignReminder(row, campaign, reason, context);
          if (r) reminders.push(r);
        }
      }
    }
    return { reminders, ownerByService, withoutOwner, campaigns: due.length };
  }

  /**
   * Withdraws first (what a former recipient should no longer see matters
   * more than a reminder sent a run later), then sends the reminders; then
   * writes the ledger once: the (scope, user) pairs sent for the first time,
   * less the withdrawn ones. Without `recipientsOf` nothing is withdrawn.
   */
  private async send(
    addressed: AddressedReminder[],
    recipientsOf: ((entityRef: string) => Set<string> | undefined) | undefined,
    now: Date,
    signal?: AbortSignal,
  ): Promise<SendResult & { withdrawn: number }> {
    const { ledger } = this.options;
    const entries = await ledger.list();
    const known = new Set(entries.map(e => `${e.scope}\n${e.userRef}`));
    const withdrawals = recipientsOf
      ? decideWithdrawals(entries, recipientsOf)
      : [];
    const withdrawn: Withdrawal[] = [];
    const pulled = await this.sender.withdrawAll(withdrawals, signal, w =>
      withdrawn.push(w),
    );
    const added: LedgerEntry[] = [];
    const result = pulled.unavailable
      ? { ...pulled, sent: emptyCounts() }
      : await this.sender.sendAll(addressed, signal, r => {
          for (const userRef of r.recipients) {
            const scope = r.payload.scope!;
            if (known.has(`${scope}\n${userRef}`)) continue;
            known.add(`${scope}\n${userRef}`);
            added.push({ entityRef: r.entityRef, scope, userRef });
          }
        });
    await ledger.update(
      { added, removedIds: withdrawn.flatMap(w => w.ledgerIds) },
      now,
    );
    return {
      ...result,
      failed: result.failed + (pulled.unavailable ? 0 : pulled.failed),
      aborted: result.aborted || pulled.aborted,
      withdrawn: withdrawn.reduce((n, w) => n + w.userRefs.length, 0),
    };
  }

  /**
   * Gives each reminder the users its service's owner stands for now, read
   * from the catalog once for every owner of the run; a reminder whose owner
   * stands for nobody is dropped, and its service counted.
   */
  private async address(
    reminders: Reminder[],
    ownerByService: Map<string, string | null>,
  ) {
    const usersByOwner = await this.options.recipients.usersByOwner([
      ...[...ownerByService.values()].flatMap(owner => (owner ? [owner] : [])),
      ...reminders.map(r => r.owner),
    ]);
    let withoutRecipients = 0;
    for (const owner of ownerByService.values()) {
      if (owner && !usersByOwner.get(owner)?.length) withoutRecipients += 1;
    }
    const addressed: AddressedReminder[] = [];
    for (const reminder of reminders) {
      const recipients = usersByOwner.get(reminder.owner) ?? [];
      if (recipients.length > 0) addressed.push({ ...reminder, recipients });
    }
    const sets = new Map<string, Set<string>>();
    /** A listed service's current recipients; undefined for one not listed. */
    const recipientsOf = (entityRef: string) => {
      if (!ownerByService.has(entityRef)) return undefined;
      const owner = ownerByService.get(entityRef);
      if (!owner) return new Set<string>();
      if (!sets.has(owner)) sets.set(owner, new Set(usersByOwner.get(owner)));
      return sets.get(owner)!;
    };
    return { addressed, withoutRecipients, recipientsOf };
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
    while (!(await this.options.scorecard.anyListed())) {
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
    const active = await this.options.campaigns.active();
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
      } campaigns near or past their deadline; sent ${counts}; withdrew ${
        summary.withdrawn
      } whose user is no longer a recipient; ${summary.failed} failed${
        stopped.length ? `; ${stopped.join('; ')}` : ''
      }`,
    );
  }
}
