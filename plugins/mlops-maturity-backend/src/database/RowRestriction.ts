import { Knex } from 'knex';

/**
 * Which ML services a query may return, as the stores take it: all of them
 * (no per-row work), none, or those a restriction on the query selects. The
 * caller's visibility (visibility/ScorecardVisibility) is one.
 */
export type RowRestriction =
  | { kind: 'all' }
  | { kind: 'none' }
  | {
      kind: 'restricted';
      /** Narrows a query whose `entity_ref` column names ML services. */
      restrict(query: Knex.QueryBuilder): Knex.QueryBuilder;
      /**
       * Equal for restrictions that select the same services from the same
       * data (the same conditions); absent when the selection also depends
       * on something else, such as a set asked of the catalog, which
       * changes on its own schedule.
       */
      cacheKey?: string;
    };

/** One row of an entity's search index, as the catalog keeps it: a lowercased key and value. */
export interface SearchRow {
  key: string;
  value: string | null;
}
