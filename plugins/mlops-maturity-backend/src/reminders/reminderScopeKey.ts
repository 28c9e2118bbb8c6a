import { randomBytes } from 'node:crypto';
import { PluginMetaStore } from '../database/PluginMetaStore';

/** Where the key is kept in `mlops_maturity_meta`. */
export const SCOPE_KEY_META = 'reminder-scope-key';

/**
 * The installation's key for the reminders' notification scopes (see
 * reminderScope): 32 random bytes, created by the first run and kept in the
 * plugin's database, so that every instance and every later run computes
 * the same scopes. When two instances create one at once, the first stored
 * wins and both read it back.
 */
export async function loadReminderScopeKey(
  meta: Pick<PluginMetaStore, 'get' | 'setOnce'>,
): Promise<Buffer> {
  let stored = await meta.get(SCOPE_KEY_META);
  if (stored === undefined) {
    await meta.setOnce(SCOPE_KEY_META, randomBytes(32).toString('hex'));
    stored = await meta.get(SCOPE_KEY_META);
  }
  if (!stored || !/^[0-9a-f]{64}$/.test(stored)) {
    throw new Error(
      `The reminders' scope key in mlops_maturity_meta (${SCOPE_KEY_META}) is not 64 hex digits`,
    );
  }
  return Buffer.from(stored, 'hex');
}
