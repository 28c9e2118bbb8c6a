import { Knex } from 'knex';
import { DigestState } from './reminderDigest';

const DIGESTS = 'mlops_maturity_reminder_digests';

/** Rows per statement: well under SQLite's 999 bound parameters at 3 columns. */
const CHUNK = 200;

/**
 * What each user's reminders digest shows (`mlops_maturity_reminder_digests`):
 * one row per user ever sent a digest, written by the reminders task after
 * it sends and read by it to decide the next run's sends (see planDigest).
 */
export class DigestLedger {
  constructor(private readonly db: Knex) {}

  /** Every user's digest (the task plans them all at once). */
  async list(): Promise<Map<string, DigestState>> {
    const rows = await this.db(DIGESTS).select('user_ref', 'sent_at', 'lines');
    return new Map(
      rows.map(r => [
        r.user_ref as string,
        { sentAt: new Date(r.sent_at), items: JSON.parse(r.lines) },
      ]),
    );
  }

  /** Writes the digests sent in a run, in one transaction. */
  async save(states: Map<string, DigestState>): Promise<void> {
    if (states.size === 0) return;
    const rows = [...states].map(([userRef, state]) => ({
      user_ref: userRef,
      sent_at: state.sentAt,
      lines: JSON.stringify(state.items),
    }));
    await this.db.transaction(async tx => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx(DIGESTS)
          .insert(rows.slice(i, i + CHUNK))
          .onConflict('user_ref')
          .merge(['sent_at', 'lines']);
      }
    });
  }
}
