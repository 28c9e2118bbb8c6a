import { Knex } from 'knex';
import { reminderScope } from '../decideReminders';
import { ReminderReason } from '../readRemindersConfig';
import { SCOPE_KEY_META } from '../reminderScopeKey';

/**
 * The reminder scopes of the installation whose plugin database `knex` is:
 * computed with the key the reminders task stored there (by its first run).
 */
export async function installationScopes(knex: Knex) {
  const row = await knex('mlops_maturity_meta')
    .where({ key: SCOPE_KEY_META })
    .first('value');
  if (!row) throw new Error('no reminder scope key stored yet');
  const key = Buffer.from(row.value, 'hex');
  return (reason: ReminderReason, entityRef: string, campaignId?: string) =>
    reminderScope(reason, entityRef, key, campaignId);
}
