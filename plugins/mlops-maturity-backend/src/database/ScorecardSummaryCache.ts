import { ScorecardSummaryResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Summaries of the scorecard (count, summary, level distribution, owner
 * roll-ups) per filter and visibility, for one data version of the scorecard
 * table: the first caller of a filter computes it, the others reuse it until
 * a write changes the version. The version lives in the database and every
 * write to the table moves it in the write's own transaction, so a write on
 * any instance retires what every instance holds. Entries are promises, so
 * callers that arrive while a summary is computed wait for that one. The
 * same holds for any other figure computed from the table alone, such as a
 * campaign's progress.
 */
export class ScorecardSummaryCache<T = ScorecardSummaryResponse> {
  private version: string | undefined;
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries = 100) {}

  /**
   * The summary stored under `key` for `version`, or the one `compute` gives,
   * stored. A new version empties the cache; a failed computation is not kept.
   */
  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const held = this.entries.get(key);
    if (held) {
      // Least recently used goes first: move the entry to the end.
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const computed = compute();
    this.entries.set(key, computed);
    computed.catch(() => {
      if (this.entries.get(key) === computed) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return computed;
  }

  /** How many summaries are held. */
  get size(): number {
    return this.entries.size;
  }
}
