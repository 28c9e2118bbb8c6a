import { Knex } from 'knex';

const LEDGER = 'mlops_maturity_reminder_ledger';

/** Rows per statement: well under SQLite's 999 bound parameters at 4 columns. */
const CHUNK = 200;

/** One user who was sent a notification in one reminder scope. */
export interface LedgerEntry {
  /** The ML service the notification names. */
  entityRef: string;
  scope: string;
  userRef: string;
}

/** A ledger row as read back: with its id, for removing it. */
export interface StoredLedgerEntry extends LedgerEntry {
  id: number;
}

/**
 * Who was sent which reminder (`mlops_maturity_reminder_ledger`): one row per
 * notification scope and user, written by the reminders task after it sends
 * and read by it to find the notifications to withdraw.
 */
export class ReminderLedger {
  constructor(private readonly db: Knex) {}

  /** Every entry (the task compares them all with the current recipients). */
  async list(): Promise<StoredLedgerEntry[]> {
    const rows = await this.db(LEDGER).select(
      'id',
      'entity_ref',
      'scope',
      'user_ref',
    );
    return rows.map(r => ({
      id: Number(r.id),
      entityRef: r.entity_ref,
      scope: r.scope,
      userRef: r.user_ref,
    }));
  }

  /**
   * Records `added` (sent at `sentAt`; an entry already held keeps its first
   * time) and removes the entries of `removedIds`, in one transaction.
   */
  async update(
    changes: { added: LedgerEntry[]; removedIds: number[] },
    sentAt: Date,
  ): Promise<void> {
    const { added, removedIds } = changes;
    if (added.length === 0 && removedIds.length === 0) return;
    await this.db.transaction(async tx => {
      for (let i = 0; i < removedIds.length; i += CHUNK) {
        await tx(LEDGER)
          .whereIn('id', removedIds.slice(i, i + CHUNK))
          .delete();
      }
      for (let i = 0; i < added.length; i += CHUNK) {
        await tx(LEDGER)
          .insert(
            added.slice(i, i + CHUNK).map(e => ({
              entity_ref: e.entityRef,
              scope: e.scope,
              user_ref: e.userRef,
              sent_at: sentAt,
            })),
          )
          .onConflict(['scope', 'user_ref'])
          .ignore();
      }
    });
  }
}
