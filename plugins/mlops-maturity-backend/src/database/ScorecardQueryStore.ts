import {
  ScorecardPageResponse,
  ScorecardResponse,
  ScorecardRow,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { encodeCursor, filtersFingerprint } from './scorecardCursor';
import { filtered, orderColumns, ordered } from './scorecardFilters';
import { keyOf, reversed, rowsAfter } from './scorecardKeyset';
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

  /**
   * The SQL of one page of the scorecard, unexecuted (the benchmark's floor
   * runs it directly): from an offset, or after (before: in reverse order)
   * the key of a cursor.
   */
  pageQuery(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: RowRestriction = { kind: 'all' },
  ): Knex.QueryBuilder {
    const forward = orderColumns(query);
    const columns = query.keyset?.before ? reversed(forward) : forward;
    const base = () =>
      filtered(this.db, query, staleBefore, visibility).select([
        ...new Set([...ROW_COLUMNS, ...forward.map(c => c.column)]),
      ]);
    if (query.keyset) {
      return rowsAfter(this.db, base, columns, query.keyset.key, query.limit);
    }
    return ordered(base(), query, columns)
      .limit(query.limit)
      .offset(query.offset);
  }

  /**
   * One page of the scorecard, whether rows follow it, and the cursors of
   * the pages next to it: an index range scan (per alternative of the
   * keyset), one row more than the page to tell, and nothing over the rest
   * of the filtered set. Cursors are made from the rows of the page, which
   * are rows the caller may see.
   */
  async queryScorecardPage(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: RowRestriction,
  ): Promise<ScorecardPageResponse> {
    const { limit, keyset } = query;
    const rows: Array<Record<string, unknown>> = await this.pageQuery(
      { ...query, limit: limit + 1 },
      staleBefore,
      visibility,
    );
    if (keyset?.before && rows.length <= limit) {
      // Fewer than a page before the cursor: that is the first page.
      return this.queryScorecardPage(
        { ...query, keyset: undefined, offset: 0 },
        staleBefore,
        visibility,
      );
    }
    const page = rows.slice(0, limit);
    if (keyset?.before) page.reverse();
    const offset = keyset
      ? Math.max(0, keyset.position - (keyset.before ? limit : 0))
      : query.offset;
    const hasMore = keyset?.before ? true : rows.length > limit;
    const columns = orderColumns(query);
    const context = {
      orderBy: query.orderBy,
      order: query.order,
      fingerprint: filtersFingerprint(query),
    };
    const first = page[0];
    const last = page[page.length - 1];
    return {
      items: page.map((row: any) => toRow(row, staleBefore)),
      limit,
      offset,
      hasMore,
      ...(hasMore &&
        last && {
          nextCursor: encodeCursor(context, {
            key: keyOf(last, columns),
            before: false,
            position: offset + page.length,
          }),
        }),
      ...((offset > 0 || keyset) &&
        first && {
          prevCursor: encodeCursor(context, {
            key: keyOf(first, columns),
            before: true,
            position: offset,
          }),
        }),
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
    // The summary's cache key holds every field it is given: not the cursor.
    const { keyset: _keyset, ...summaryQuery } = query;
    const [{ hasMore: _, ...page }, summary] = await Promise.all([
      this.queryScorecardPage(query, staleBefore, visibility),
      this.queryScorecardSummary(summaryQuery, staleBefore, visibility),
    ]);
    return { ...page, ...summary };
  }

  /**
   * Every row of the filtered scorecard in sort order, `chunkSize` at a time,
   * holding no database connection while the consumer takes its time (a
   * slow export reader, a reminders run sending notifications): each chunk
   * is one keyset page, read after the key of the previous chunk's last row
   * (one short statement, whose connection is back in the pool before the
   * chunk is yielded).
   *
   * Consistency: each chunk's rows, their figures and the filters'
   * and visibility's verdicts are those of its own read. A service that
   * joins or leaves the set meanwhile is in the export if it is there when
   * the chunk of its place is read; a service whose sort key changes while
   * the export runs may be read at its old and at its new place (moving
   * ahead of the reader) or at neither (moving behind it). Sorted by name,
   * only a renamed title moves a service. Memory: one chunk.
   */
  async *streamScorecard(
    query: Omit<ResolvedScorecardQuery, 'limit' | 'offset'>,
    staleBefore: Date,
    visibility: RowRestriction,
    chunkSize = 500,
  ): AsyncGenerator<ScorecardRow[]> {
    const columns = orderColumns(query);
    let keyset: ResolvedScorecardQuery['keyset'];
    for (;;) {
      const rows: Array<Record<string, unknown>> = await this.pageQuery(
        { ...query, keyset, limit: chunkSize, offset: 0 },
        staleBefore,
        visibility,
      );
      if (rows.length > 0) {
        yield rows.map((row: any) => toRow(row, staleBefore));
      }
      if (rows.length < chunkSize) return;
      const key = keyOf(rows[rows.length - 1], columns);
      keyset = { key, before: false, position: 0 };
    }
  }
}
