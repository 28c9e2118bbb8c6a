import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { REMINDER_TOPIC } from './decideReminders';
import { StoredLedgerEntry } from './ReminderLedger';

/** The users of one pre-digest reminder scope whose notification is to be retired. */
export interface Withdrawal {
  scope: string;
  /** The service of the scope (for the log; the notice does not name it). */
  entityRef: string;
  userRefs: string[];
  /** Their ledger entries, removed once the withdrawal is sent. */
  ledgerIds: number[];
}

/** The scorecard page, relative to app.baseUrl (the plugin's default path). */
export const SCORECARD_LINK = '/mlops-maturity';

/**
 * What replaces a reminder sent before digests (one notification per
 * service and reason). Sent once with that reminder's scope, so the
 * notifications backend overwrites the user's notification in place
 * (title, description, link, metadata) instead of adding one; it names no
 * service, and the scope it keeps is a keyed digest (see reminderScope), so
 * it tells nothing to someone who may no longer read the service.
 */
export function retiredPayload(scope: string): NotificationPayload {
  return {
    title: 'MLOps maturity reminders now come as one digest',
    description:
      'This notification was an MLOps maturity reminder about one ML service. ' +
      'Reminders now come as one digest per person, listing each ML service of yours that needs attention and why, ' +
      'so the details were removed from here.',
    link: SCORECARD_LINK,
    severity: 'low',
    topic: REMINDER_TOPIC,
    scope,
    metadata: { reason: 'retired' },
  };
}

/**
 * The ledger's entries (reminders sent before digests) grouped by scope:
 * one send each retires them all.
 */
export function retirementsByScope(entries: StoredLedgerEntry[]): Withdrawal[] {
  const byScope = new Map<string, Withdrawal>();
  for (const entry of entries) {
    let withdrawal = byScope.get(entry.scope);
    if (!withdrawal) {
      withdrawal = {
        scope: entry.scope,
        entityRef: entry.entityRef,
        userRefs: [],
        ledgerIds: [],
      };
      byScope.set(entry.scope, withdrawal);
    }
    withdrawal.userRefs.push(entry.userRef);
    withdrawal.ledgerIds.push(entry.id);
  }
  return [...byScope.values()];
}
