import { Knex } from 'knex';

const META = 'mlops_maturity_meta';

/** The plugin's housekeeping flags, e.g. that the demo data was loaded once. */
export class PluginMetaStore {
  constructor(private readonly db: Knex) {}

  /** Whether the flag was ever set. */
  async has(key: string): Promise<boolean> {
    return (await this.db(META).where({ key }).first('key')) !== undefined;
  }

  /** Sets the flag; the first value stays when another instance set it already. */
  async setOnce(key: string, value: string): Promise<void> {
    await this.db(META).insert({ key, value }).onConflict('key').ignore();
  }
}
