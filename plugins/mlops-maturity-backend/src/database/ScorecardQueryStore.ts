import {
  ScorecardPageResponse,
  ScorecardResponse,
  ScorecardRow,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { filtered, ordered } from './scorecardFilters';
import { ROW_COLUMNS, toRow } from './scorecardRow';
import { summarize } from './scorecardRollups';
import { groupAggregates, VERIFIED_GROUP_LEVEL } from './summaryGroups';
import { readSummaryRollups, servedByRollups } from './summaryRollupReads';
import { ScorecardSummaryCache } from './ScorecardSummaryCache';
import { dataVersion } from './scorecardTable';
import { ResolvedScorecardQuery } from './scorecardTypes';

const MINUTE_MS = 60_000;

/**
 * The org-wide scorecard as its readers ask for it: filtered, sorted and
 * paged in the database, its summaries cached per data version (a write to
 * the scorecard table on any instance retires them), and streamed whole for
 * exports and reminders.
 */
export class ScorecardQueryStore {
  private readonly summaries = new ScorecardSummaryCache();

  constructor(private readonly db: Knex) {}

  /** The SQL of one page of the scorecard, unexecuted (the benchmark's floor runs it directly). */
  pageQuery(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: RowRestriction = { kind: 'all' },
  ): Knex.QueryBuilder {
    return ordered(
      filtered(this.db, query, staleBefore, visibility).select(ROW_COLUMNS),
      query,
    )
      .limit(query.limit)
      .offset(query.offset);
  }

  /**
   * One page of the scorecard and whether rows follow it: an index range
   * scan, one row more than the page to tell, and nothing over the rest of
   * the filtered set.
   */
  async queryScorecardPage(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardPageResponse> {
    const rows = await this.pageQuery(
      { ...query, limit: query.limit + 1 },
      staleBefore,
      visibility,
    );
    return {
      items: rows
        .slice(0, query.limit)
        .map((row: any) => toRow(row, staleBefore)),
      limit: query.limit,
      offset: query.offset,
      hasMore: rows.length > query.limit,
    };
  }

  /** One service's scorecard row, if the visibility lets it through. */
  async queryScorecardRow(
    entityRef: string,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardRow | undefined> {
    const row = await filtered(this.db, {}, staleBefore, visibility)
      .where('entity_ref', entityRef.toLocaleLowerCase('en-US'))
      .first(ROW_COLUMNS);
    return row ? toRow(row, staleBefore) : undefined;
  }

  /**
   * The count, summary, level distributions and owner roll-ups of the whole
   * filtered set: for every service, or some owners or levels, under an
   * unconditional ALLOW, from the roll-ups the writes keep (a few hundred
   * rows); otherwise from one grouped pass, a group per (owner, level,
   * verified level).
   */
  async queryScorecardSummary(
    query: Omit<
      ResolvedScorecardQuery,
      'limit' | 'offset' | 'orderBy' | 'order'
    >,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardSummaryResponse> {
    // Staleness to the minute, so that a summary holds for a minute.
    const before = new Date(
      Math.floor(staleBefore.getTime() / MINUTE_MS) * MINUTE_MS,
    );
    const visibilityKey =
      visibility.kind === 'restricted' ? visibility.cacheKey : visibility.kind;
    if (visibilityKey === undefined) {
      return this.computeSummary(query, before, visibility);
    }
    // Read before the data: a write that lands in between leaves its
    // summary under the version it retires, never the other way round.
    const version = await dataVersion(this.db);
    // Every filter the query holds, whatever filters exist: sort and paging
    // (present when called for GET /scorecard) do not change a summary.
    const { limit, offset, orderBy, order, ...filters } =
      query as Partial<ResolvedScorecardQuery>;
    const key = JSON.stringify([
      visibilityKey,
      before.getTime(),
      Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1)),
    ]);
    return this.summaries.get(version, key, () =>
      this.computeSummary(query, before, visibility),
    );
  }

  private async computeSummary(
    query: Omit<
      ResolvedScorecardQuery,
      'limit' | 'offset' | 'orderBy' | 'order'
    >,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardSummaryResponse> {
    if (servedByRollups(query, visibility)) {
      return summarize(await readSummaryRollups(this.db, staleBefore, query));
    }
    const groups = await filtered(this.db, query, staleBefore, visibility)
      .groupBy('owner', 'level', 'verified_tier', 'verified_level')
      .select(
        'owner',
        'level',
        // Only an assessed service's verified level counts (tier 0).
        this.db.raw(`${VERIFIED_GROUP_LEVEL} as verified_group_level`),
        ...groupAggregates(this.db, staleBefore),
      );
    return summarize(groups);
  }

  /** One page of the scorecard with the summary of its whole filtered set. */
  async queryScorecard(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardResponse> {
    const [{ hasMore: _, ...page }, summary] = await Promise.all([
      this.queryScorecardPage(query, staleBefore, visibility),
      this.queryScorecardSummary(query, staleBefore, visibility),
    ]);
    return { ...page, ...summary };
  }

  /**
   * Every row of the filtered scorecard in sort order, `chunkSize` at a time,
   * holding no database connection while the consumer takes its time (a
   * slow export reader, a reminders run sending notifications): the refs
   * of the filtered set, in order, are read at the start (one statement);
   * each chunk's rows are then read by their refs (one short statement each,
   * whose connection is back in the pool before the chunk is yielded).
   *
   * Consistency: the set and its order are those of the start; each row's
   * figures are those of its chunk's read; a service that left the set
   * meanwhile (deleted, or no longer matching the filters or the caller's
   * visibility) is left out, one that joined is not added, and none appears
   * twice. Memory: the refs of the filtered set (about 40 bytes each).
   */
  async *streamScorecard(
    query: Omit<ResolvedScorecardQuery, 'limit' | 'offset'>,
    staleBefore: Date,
    visibility: RowRestriction,
    chunkSize = 500,
  ): AsyncGenerator<ScorecardRow[]> {
    const refs: string[] = (
      await ordered(
        filtered(this.db, query, staleBefore, visibility).select('entity_ref'),
        query,
      )
    ).map((row: { entity_ref: string }) => row.entity_ref);
    for (let start = 0; start < refs.length; start += chunkSize) {
      const slice = refs.slice(start, start + chunkSize);
      const rows = await filtered(this.db, query, staleBefore, visibility)
        .whereIn('entity_ref', slice)
        .select(ROW_COLUMNS);
      const byRef = new Map(rows.map((row: any) => [row.entity_ref, row]));
      const chunk = slice.flatMap(ref => {
        const row = byRef.get(ref);
        return row ? [toRow(row, staleBefore)] : [];
      });
      if (chunk.length > 0) yield chunk;
    }
  }
}
