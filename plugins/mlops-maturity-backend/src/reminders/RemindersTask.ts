import { LoggerService } from '@backstage/backend-plugin-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { CampaignService } from '../service/CampaignService';
import { ScorecardService } from '../service/ScorecardService';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { ReviewStore } from '../database/ReviewStore';
import {
  campaignReason,
  campaignReminder,
  maturityTabLink,
  Reminder,
  ReminderContext,
  serviceReminders,
} from './decideReminders';
import { DigestService } from './digestMessages';
import { DigestLedger } from './DigestLedger';
import { DigestState } from './reminderDigest';
import { displayName } from './reminderMessages';
import { ReminderReason, RemindersConfig } from './readRemindersConfig';
import { ReminderLedger } from './ReminderLedger';
import { ReminderRecipients } from './ReminderRecipients';
import { ReminderSender, SendResult } from './ReminderSender';
import { loadReminderScopeKey } from './reminderScopeKey';
import { retirementsByScope, Withdrawal } from './reminderWithdrawals';
import { planDigests } from './planDigests';

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
  /** Reminders due, by reason, counted once per recipient (in digests sent or not). */
  due: Record<ReminderReason, number>;
  /** Digest notifications sent (one per user; an unchanged digest is not sent again). */
  digests: number;
  /** Lines the digests sent marked done: a reason that cleared. */
  cleared: number;
  /**
   * Lines dropped, unnamed, from the digests sent: their user no longer
   * receives that service's reminders (another owner, left the group, the
   * service left the scorecard).
   */
  withdrawn: number;
  /** Notifications sent before digests (one per service and reason) replaced, once, by a notice naming nothing. */
  retired: number;
}

/**
 * Reminds the owners of ML services, through the notifications backend, of
 * what their services lack: an assessment, a recent one, the target level,
 * a campaign's goal before (or after) its deadline. Each user gets one
 * digest, a single notification (scope `mlops-maturity:digest`) listing
 * every service of theirs that needs attention and why, which each run
 * updates in place when something changed (see planDigest). What each
 * digest shows is kept in the digest ledger, so that a reason that clears
 * is marked done, and a service a user no longer receives is dropped from
 * their digest, unnamed. Runs as a scheduled task with global scope, so
 * several backend instances make one run.
 */
export class RemindersTask {
  private readonly sender: ReminderSender;

  constructor(
    private readonly options: {
      scorecard: Pick<ScorecardService, 'everyRow' | 'anyListed'>;
      campaigns: Pick<CampaignService, 'active'>;
      notifications: NotificationService;
      recipients: ReminderRecipients;
      /** What each user's digest shows. */
      digests: Pick<DigestLedger, 'list' | 'save'>;
      /** The reminders sent before digests, each retired once. */
      ledger: Pick<ReminderLedger, 'list' | 'update'>;
      /** Where the key of the notification scopes is kept (see reminderScope). */
      meta: Pick<PluginMetaStore, 'get' | 'setOnce'>;
      logger: LoggerService;
      config: RemindersConfig;
      staleAfterDays: number;
      model: MaturityModel;
      /** Where expired exemptions are found (reason `exemption-expired`); none without. */
      reviews?: Pick<ReviewStore, 'expiredExemptions'>;
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
      expiredExemptions: await this.expiredExemptions(now),
    };

    const scan = await this.decide(context);
    const addressed = await this.address(scan.reminders, scan.services);
    // No service listed at all: the catalog sync may not have run yet, so a
    // digest's service cannot be told gone from not yet listed: send nothing.
    const planned = planDigests({
      now,
      repeatAfterMs: config.repeatAfterMs,
      reasons: config.reasons,
      dueByUser: addressed.dueByUser,
      previous:
        scan.services.size > 0 ? await this.options.digests.list() : new Map(),
      serviceFor: addressed.serviceFor,
    });
    const sent = await this.send(planned, now, options.signal);
    const summary: ReminderRunSummary = {
      services: scan.services.size,
      withoutOwner: scan.withoutOwner,
      withoutRecipients: addressed.withoutRecipients,
      campaigns: scan.campaigns,
      due: planned.due,
      ...sent,
    };
    this.log(summary);
    return summary;
  }

  /** The services' expired exemptions with their questions' titles, when that reason is on. */
  private async expiredExemptions(now: Date) {
    const { reviews, config, model } = this.options;
    if (!reviews || !config.reasons.has('exemption-expired')) return undefined;
    const titles = new Map(model.questions.map(q => [q.id, q.title]));
    const found = await reviews.expiredExemptions(now);
    return new Map(
      [...found].map(([entityRef, expired]) => [
        entityRef,
        {
          questionTitles: expired.questionIds.map(id => titles.get(id) ?? id),
          firstExpiredAt: expired.firstExpiredAt,
        },
      ]),
    );
  }

  /** Every reminder due, and each listed service. */
  private async decide(context: ReminderContext) {
    const { scorecard } = this.options;
    const reminders: Reminder[] = [];
    let withoutOwner = 0;
    const services = new Map<string, DigestService | { owner: null }>();
    for await (const rows of scorecard.everyRow({}, context.now)) {
      for (const row of rows) {
        services.set(
          row.entityRef,
          row.owner
            ? {
                name: displayName(row),
                link: maturityTabLink(row),
                owner: row.owner,
              }
            : { owner: null },
        );
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
    return { reminders, services, withoutOwner, campaigns: due.length };
  }

  /**
   * Retires the reminders sent before digests first (once each), then sends
   * the digests, then writes both ledgers: the digests sent, and the
   * retired entries removed.
   */
  private async send(
    planned: ReturnType<typeof planDigests>,
    now: Date,
    signal?: AbortSignal,
  ) {
    const { ledger, digests } = this.options;
    const retired: Withdrawal[] = [];
    const pulled = await this.sender.withdrawAll(
      retirementsByScope(await ledger.list()),
      signal,
      w => retired.push(w),
    );
    const sent = new Map<string, DigestState>();
    let digestCount = 0;
    const result = pulled.unavailable
      ? pulled
      : await this.sender.sendDigests(planned.sends, signal, d => {
          digestCount += d.userRefs.length;
          for (const u of d.userRefs) sent.set(u, planned.stateOf.get(u)!);
        });
    await digests.save(sent);
    await ledger.update(
      { added: [], removedIds: retired.flatMap(w => w.ledgerIds) },
      now,
    );
    return {
      digests: digestCount,
      cleared: planned.cleared,
      withdrawn: planned.withdrawn,
      retired: retired.reduce((n, w) => n + w.userRefs.length, 0),
      failed: result.failed + (pulled.unavailable ? 0 : pulled.failed),
      unavailable: result.unavailable,
      aborted: result.aborted || pulled.aborted,
    };
  }

  /**
   * Gives each user the reminders due of the services they receive: the
   * users each service's owner stands for now, read from the catalog once
   * for every owner of the run. A service whose owner stands for nobody is
   * counted.
   */
  private async address(
    reminders: Reminder[],
    services: Map<string, DigestService | { owner: null }>,
  ) {
    const owners = new Set<string>();
    for (const s of services.values()) if (s.owner) owners.add(s.owner);
    for (const r of reminders) owners.add(r.owner);
    const usersByOwner = await this.options.recipients.usersByOwner(owners);
    let withoutRecipients = 0;
    for (const s of services.values()) {
      if (s.owner && !usersByOwner.get(s.owner)?.length) withoutRecipients += 1;
    }
    const dueByUser = new Map<string, Reminder[]>();
    for (const reminder of reminders) {
      for (const userRef of usersByOwner.get(reminder.owner) ?? []) {
        const list = dueByUser.get(userRef);
        if (list) list.push(reminder);
        else dueByUser.set(userRef, [reminder]);
      }
    }
    const sets = new Map<string, Set<string>>();
    /** A listed service `userRef` receives reminders of, or undefined. */
    const serviceFor = (userRef: string, entityRef: string) => {
      const service = services.get(entityRef);
      if (!service?.owner) return undefined;
      let users = sets.get(service.owner);
      if (!users) {
        users = new Set(usersByOwner.get(service.owner));
        sets.set(service.owner, users);
      }
      return users.has(userRef) ? (service as DigestService) : undefined;
    };
    return { dueByUser, withoutRecipients, serviceFor };
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
    const counts = (Object.entries(summary.due) as [ReminderReason, number][])
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
      } campaigns near or past their deadline; due ${counts}; sent ${
        summary.digests
      } digests (${summary.cleared} lines marked done, ${
        summary.withdrawn
      } dropped whose user is no longer a recipient); retired ${
        summary.retired
      } pre-digest reminders; ${summary.failed} failed${
        stopped.length ? `; ${stopped.join('; ')}` : ''
      }`,
    );
  }
}
