import { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  Campaign,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHmac } from 'node:crypto';
import { DAY_MS } from '../service/daysBefore';
import { ReminderReason } from './readRemindersConfig';
import {
  belowTargetText,
  campaignDeadlinePassedText,
  campaignDeadlineSoonText,
  exemptionExpiredText,
  ExpiredExemptionsText,
  MessageContext,
  neverAssessedText,
  ReminderText,
  staleText,
} from './reminderMessages';
import { duePhrase } from './reminderPhrases';

/** The notification topic of every reminder; users can mute it in their notification settings. */
export const REMINDER_TOPIC = 'MLOps maturity';

/** One notification to the owners of one ML service. */
export interface Reminder {
  reason: ReminderReason;
  entityRef: string;
  /** The service's owner (a user or group ref), whose users receive it. */
  owner: string;
  /** What one notification per reminder would say (its scope keys the digest line). */
  payload: NotificationPayload;
  /** The reason as a digest line says it, after the service's name. */
  phrase: string;
  /** The campaign's title, for a campaign's reminder. */
  campaignTitle?: string;
}

/** What a run decides with. */
export interface ReminderContext extends MessageContext {
  /** The reasons turned on in config. */
  reasons: Set<ReminderReason>;
  deadlineSoonDays: number;
  /** The services whose approved exemptions have expired, by entity ref (reason `exemption-expired`). */
  expiredExemptions?: Map<string, ExpiredExemptionsText>;
  /** The installation's key for the notification scopes (see reminderScope). */
  scopeKey: Buffer;
}

const SEVERITY: Record<ReminderReason, NotificationPayload['severity']> = {
  stale: 'low',
  'never-assessed': 'normal',
  'below-target': 'normal',
  'campaign-deadline-soon': 'normal',
  'campaign-deadline-passed': 'high',
  'exemption-expired': 'normal',
};

/**
 * The notification scope: the backend updates the user's notification of the
 * same scope (and origin) instead of adding another. One per entity and
 * reason; for a campaign one per entity and campaign, so that "deadline soon"
 * becomes "deadline passed" rather than staying beside it.
 *
 * The notifications API returns the scope to its user, and a withdrawn
 * reminder keeps it (the update in place needs it), so it must not name the
 * service: it is `mlops-maturity:<reason>:<HMAC-SHA256>` (reason
 * `campaign-deadline` for a campaign's), the HMAC of the campaign id and the
 * entity ref under the installation's secret `key` (see
 * loadReminderScopeKey), which a user cannot use to confirm a guessed name.
 * At most 97 characters, well within the backend's 255-character column.
 */
export function reminderScope(
  reason: ReminderReason,
  entityRef: string,
  key: Buffer,
  campaignId?: string,
): string {
  const kind = campaignId ? 'campaign-deadline' : reason;
  const digest = createHmac('sha256', key)
    .update(JSON.stringify([campaignId ?? null, entityRef]))
    .digest('hex');
  return `mlops-maturity:${kind}:${digest}`;
}

/** The service's Maturity tab in the app, relative to app.baseUrl. */
export function maturityTabLink(row: ScorecardRow): string {
  const part = (value: string) => encodeURIComponent(value);
  return `/catalog/${part(row.namespace.toLocaleLowerCase('en-US'))}/${part(
    row.kind.toLocaleLowerCase('en-US'),
  )}/${part(row.name)}/maturity`;
}

function reminder(
  reason: ReminderReason,
  row: ScorecardRow,
  text: ReminderText,
  context: ReminderContext,
  campaign?: Campaign,
): Reminder {
  const { scopeKey } = context;
  const campaignId = campaign?.id;
  return {
    reason,
    entityRef: row.entityRef,
    owner: row.owner!,
    phrase: duePhrase(
      reason,
      row,
      context,
      campaign,
      context.expiredExemptions?.get(row.entityRef),
    ),
    ...(campaign ? { campaignTitle: campaign.title } : {}),
    payload: {
      ...text,
      link: maturityTabLink(row),
      severity: SEVERITY[reason],
      topic: REMINDER_TOPIC,
      scope: reminderScope(reason, row.entityRef, scopeKey, campaignId),
      metadata: {
        reason,
        entityRef: row.entityRef,
        ...(campaignId ? { campaignId } : {}),
      },
    },
  };
}

/**
 * The reminders of one ML service from its scorecard row: stale,
 * never assessed, below target, an exemption expired, each only when
 * turned on. A service without
 * an owner gets none (the caller counts it).
 */
export function serviceReminders(
  row: ScorecardRow,
  context: ReminderContext,
): Reminder[] {
  if (!row.owner) return [];
  const { reasons } = context;
  const due: Reminder[] = [];
  if (reasons.has('never-assessed') && !row.assessed) {
    due.push(reminder('never-assessed', row, neverAssessedText(row), context));
  }
  if (reasons.has('stale') && row.assessed && row.stale) {
    due.push(reminder('stale', row, staleText(row, context), context));
  }
  if (
    reasons.has('below-target') &&
    row.targetLevel !== null &&
    row.targetMet === false
  ) {
    due.push(
      reminder('below-target', row, belowTargetText(row, context), context),
    );
  }
  const expired = context.expiredExemptions?.get(row.entityRef);
  if (reasons.has('exemption-expired') && row.assessed && expired) {
    due.push(
      reminder(
        'exemption-expired',
        row,
        exemptionExpiredText(row, expired),
        context,
      ),
    );
  }
  return due;
}

/**
 * Which campaign reason an active campaign gives the services in its scope
 * that are not done, if any: its deadline has passed, or is at most
 * `deadlineSoonDays` away. A campaign that has not started yet gives none:
 * a reassessment only counts from its start.
 */
export function campaignReason(
  campaign: Pick<Campaign, 'state' | 'startsAt' | 'deadline'>,
  context: Pick<ReminderContext, 'now' | 'reasons' | 'deadlineSoonDays'>,
): 'campaign-deadline-soon' | 'campaign-deadline-passed' | undefined {
  const now = context.now.getTime();
  if (campaign.state !== 'active') return undefined;
  if (new Date(campaign.startsAt).getTime() > now) return undefined;
  const left = new Date(campaign.deadline).getTime() - now;
  let reason;
  if (left <= 0) reason = 'campaign-deadline-passed' as const;
  else if (left <= context.deadlineSoonDays * DAY_MS) {
    reason = 'campaign-deadline-soon' as const;
  }
  return reason && context.reasons.has(reason) ? reason : undefined;
}

/**
 * The reminder to a service in a campaign's scope that has not met its goal,
 * for the reason {@link campaignReason} gave; none without an owner.
 */
export function campaignReminder(
  row: ScorecardRow,
  campaign: Campaign,
  reason: 'campaign-deadline-soon' | 'campaign-deadline-passed',
  context: ReminderContext,
): Reminder | undefined {
  if (!row.owner) return undefined;
  const text =
    reason === 'campaign-deadline-soon'
      ? campaignDeadlineSoonText(row, campaign, context)
      : campaignDeadlinePassedText(row, campaign, context);
  return reminder(reason, row, text, context, campaign);
}
