import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { REMINDER_TOPIC } from './decideReminders';
import { StoredLedgerEntry } from './ReminderLedger';

/** The users of one reminder scope whose notification is to be withdrawn. */
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
 * What replaces a reminder its recipient should no longer see. Sent with
 * the reminder's scope, so the notifications backend overwrites that user's
 * notification (title, description, link, metadata) instead of adding one;
 * it names no service, and the scope it keeps is a keyed digest (see
 * reminderScope), so it tells nothing to someone who may no longer read it.
 */
export function withdrawnPayload(scope: string): NotificationPayload {
  return {
    title: 'A maturity reminder no longer applies',
    description:
      'You were sent an MLOps maturity reminder about an ML service that you no longer own, or that has left the scorecard. ' +
      'It no longer applies to you, so its details were removed from this notification.',
    link: SCORECARD_LINK,
    severity: 'low',
    topic: REMINDER_TOPIC,
    scope,
    metadata: { reason: 'withdrawn' },
  };
}

/**
 * The ledger entries whose user is no longer among their service's current
 * recipients, grouped by scope (one send each). `recipientsOf` gives a
 * service's current recipients, or undefined when the scorecard no longer
 * lists it (gone from the catalog, or no longer an ML service).
 */
export function decideWithdrawals(
  entries: StoredLedgerEntry[],
  recipientsOf: (entityRef: string) => ReadonlySet<string> | undefined,
): Withdrawal[] {
  const byScope = new Map<string, Withdrawal>();
  for (const entry of entries) {
    if (recipientsOf(entry.entityRef)?.has(entry.userRef)) continue;
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
