import { Knex } from 'knex';

const META = 'mlops_maturity_meta';

/**
 * The plugin's housekeeping flags and settings, e.g. that the demo data was
 * loaded once, or the key of the reminders' notification scopes.
 */
export class PluginMetaStore {
  constructor(private readonly db: Knex) {}

  /** Whether the flag was ever set. */
  async has(key: string): Promise<boolean> {
    return (await this.db(META).where({ key }).first('key')) !== undefined;
  }

  /** The flag's value, if it was ever set. */
  async get(key: string): Promise<string | undefined> {
    const row = await this.db(META).where({ key }).first('value');
    return row?.value;
  }

  /** Sets the value, over any value set before. */
  async set(key: string, value: string): Promise<void> {
    await this.db(META).insert({ key, value }).onConflict('key').merge();
  }

  /** Sets the flag; the first value stays when another instance set it already. */
  async setOnce(key: string, value: string): Promise<void> {
    await this.db(META).insert({ key, value }).onConflict('key').ignore();
  }
}
