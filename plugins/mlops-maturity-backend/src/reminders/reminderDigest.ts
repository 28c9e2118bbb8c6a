import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { Reminder } from './decideReminders';
import { DigestService, digestPayload } from './digestMessages';
import { ReminderReason } from './readRemindersConfig';

/**
 * The scope of every digest. The notifications backend updates the
 * notification of the same user, scope and origin instead of adding one, so
 * one constant scope gives each recipient exactly one digest, which each
 * later run updates in place. It names nothing.
 */
export const DIGEST_SCOPE = 'mlops-maturity:digest';

/** One reason of one service that a digest shows, as the digest ledger keeps it. */
export interface DigestItem {
  /** The reminder's scope (see reminderScope): one per service, reason kind and campaign. */
  key: string;
  entityRef: string;
  reason: ReminderReason;
  campaignTitle?: string;
  /** Due: still to do. Done: it was due, and the digest now says it cleared. */
  status: 'due' | 'done';
}

/** What a user's digest shows now, and when it was last sent. */
export interface DigestState {
  sentAt: Date;
  items: DigestItem[];
}

/** Why a digest is sent now (for the run's summary), or that it is not. */
export interface DigestPlan {
  send: boolean;
  /** The state after the send (the previous one when nothing is sent). */
  state?: DigestState;
  payload?: NotificationPayload;
  /** Lines newly marked done. */
  cleared: number;
  /** Lines dropped because the user no longer receives their service. */
  withdrawn: number;
}

/** What a user's digest is planned with. */
export interface DigestInput {
  now: Date;
  /** An unchanged digest is sent again only this long after its last send. */
  repeatAfterMs: number;
  /** The reasons turned on: an item whose reason was turned off is dropped, not marked done. */
  reasons: ReadonlySet<ReminderReason>;
  /** The user's reminders due in this run (each of a service they receive). */
  due: Reminder[];
  /** A listed service the user receives reminders of, or undefined. */
  serviceFor(entityRef: string): DigestService | undefined;
}

const itemOf = (r: Reminder): DigestItem => ({
  key: r.payload.scope!,
  entityRef: r.entityRef,
  reason: r.reason,
  ...(r.campaignTitle ? { campaignTitle: r.campaignTitle } : {}),
  status: 'due',
});

/**
 * Decides whether a user's digest is sent in this run, and what it says.
 *
 * Every send updates the user's one notification (same scope) and the
 * notifications backend then marks it unread: a sender cannot mark a
 * notification read or keep its read state (its update endpoint takes only
 * the user's own credentials, and `restoreExistingNotification` sets `read`
 * to null). So a digest is sent only when the user has something to learn:
 * - a reason newly due (a new service, a new reason, "deadline soon" become
 *   "passed");
 * - a reason cleared: its line is marked done ("Reassessed — nothing to
 *   do"), and when nothing is due any more the digest says "All caught up"
 *   at low severity; done lines are shown once and dropped at the next send;
 * - a service the user no longer receives: its line is dropped at once,
 *   unnamed (they may no longer read it);
 * - nothing changed but some are still due and `repeatAfterMs` has passed:
 *   the periodic reminder, as before digests.
 * It is not sent to drop done lines, nor for a reason turned off in config,
 * nor when only the wording changed (an age in days): each would mark it
 * unread to say less.
 */
export function planDigest(
  previous: DigestState | undefined,
  input: DigestInput,
): DigestPlan {
  const { now, due, serviceFor, reasons } = input;
  const dueItems = due.map(itemOf);
  const dueNow = new Set(dueItems.map(i => `${i.key}\n${i.reason}`));
  const dueKeys = new Set(dueItems.map(i => i.key));
  const before = previous?.items ?? [];
  const dueBefore = new Set(
    before.filter(i => i.status === 'due').map(i => `${i.key}\n${i.reason}`),
  );
  const receivable = (i: DigestItem) => serviceFor(i.entityRef) !== undefined;
  const withdrawn = before.filter(i => !receivable(i)).length;
  const cleared = before
    .filter(
      i =>
        i.status === 'due' &&
        !dueKeys.has(i.key) &&
        receivable(i) &&
        reasons.has(i.reason),
    )
    .map(i => ({ ...i, status: 'done' as const }));
  const newlyDue = [...dueNow].some(k => !dueBefore.has(k));
  const repeat =
    dueItems.length > 0 &&
    (!previous ||
      now.getTime() - previous.sentAt.getTime() >= input.repeatAfterMs);
  const send = newlyDue || cleared.length > 0 || withdrawn > 0 || repeat;
  if (!send) return { send, state: previous, cleared: 0, withdrawn: 0 };
  const items = [...dueItems, ...cleared];
  return {
    send,
    state: { sentAt: now, items },
    payload: digestPayload(due, cleared, serviceFor, DIGEST_SCOPE),
    cleared: cleared.length,
    withdrawn,
  };
}
