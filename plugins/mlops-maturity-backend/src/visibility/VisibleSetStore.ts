import { Knex } from 'knex';

const SETS = 'mlops_maturity_visibility_sets';
const MEMBERS = 'mlops_maturity_visible_entities';
/**
 * How long an expired set is kept before it is dropped: a request that found
 * the set fresh may still be reading it, and must not see it emptied.
 */
const DROP_AFTER_MS = 60_000;

/**
 * Briefly cached sets of entity refs a caller may read, for decisions the
 * plugin cannot turn into SQL. Stored in the database so that every instance
 * shares them and the scorecard joins them like any other filter.
 */
export class VisibleSetStore {
  constructor(private readonly db: Knex) {}

  /** Whether the set exists and has not expired. */
  async isFresh(setKey: string, now: Date): Promise<boolean> {
    const row = await this.db(SETS)
      .where('set_key', setKey)
      .where('expires_at', '>', now)
      .first('set_key');
    return row !== undefined;
  }

  /**
   * Replaces the set's members and its expiry; drops sets that expired more
   * than a minute ago.
   */
  async store(
    setKey: string,
    entityRefs: Iterable<string>,
    expiresAt: Date,
    now: Date,
  ): Promise<void> {
    const rows = [...new Set(entityRefs)].map(entity_ref => ({
      set_key: setKey,
      entity_ref,
    }));
    const dropBefore = new Date(now.getTime() - DROP_AFTER_MS);
    await this.db.transaction(async tx => {
      const expired = tx(SETS)
        .where('expires_at', '<=', dropBefore)
        .select('set_key');
      await tx(MEMBERS)
        .where(q => q.whereIn('set_key', expired).orWhere('set_key', setKey))
        .delete();
      await tx(SETS)
        .where(q =>
          q.where('expires_at', '<=', dropBefore).orWhere('set_key', setKey),
        )
        .delete();
      // Another instance may be storing the same set at the same moment.
      await tx(SETS)
        .insert({ set_key: setKey, expires_at: expiresAt })
        .onConflict('set_key')
        .merge();
      for (let i = 0; i < rows.length; i += 500) {
        await tx(MEMBERS)
          .insert(rows.slice(i, i + 500))
          .onConflict(['set_key', 'entity_ref'])
          .ignore();
      }
    });
  }

  /** The subquery of the set's members, to filter a query's `entity_ref` by. */
  members(setKey: string): Knex.QueryBuilder {
    return this.db(MEMBERS).where('set_key', setKey).select('entity_ref');
  }
}
