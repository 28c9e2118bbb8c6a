import {
  formatScorecardQuery,
  parseScorecardQuery,
  scorecardQueryFilters,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Page size, sort and order when the URL does not say. */
export const SCORECARD_DEFAULTS = {
  limit: 50,
  orderBy: 'score',
  order: 'desc',
} as const satisfies ScorecardQuery;

/**
 * The scorecard's filters, sort and page, kept in the URL query string in the
 * same form the backend reads, so a view can be shared as a link.
 */
export function useScorecardSearchParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlQuery = useMemo(
    () => parseScorecardQuery(searchParams),
    [searchParams],
  );
  const query: ScorecardQuery = useMemo(
    () => ({ ...SCORECARD_DEFAULTS, ...urlQuery }),
    [urlQuery],
  );

  /**
   * Changes part of the query; anything but a page change (an offset or a
   * cursor) starts again at the first page. The URL keeps the cursor, so a
   * reload or Back shows the same page. `replace` avoids a history entry per
   * keystroke of a search.
   */
  const update = useCallback(
    (change: Partial<ScorecardQuery>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        previous => {
          const next: ScorecardQuery = {
            ...parseScorecardQuery(previous),
            ...change,
          };
          if (!('offset' in change)) delete next.offset;
          if (!('cursor' in change)) delete next.cursor;
          return formatScorecardQuery(next);
        },
        { replace: options.replace },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    setSearchParams(previous => {
      const { orderBy, order, limit } = parseScorecardQuery(previous);
      return formatScorecardQuery({ orderBy, order, limit });
    });
  }, [setSearchParams]);

  // Every filter the URL holds, whatever filters exist.
  const hasFilters = Object.values(scorecardQueryFilters(urlQuery)).some(
    value => value !== undefined,
  );

  return { query, update, clearFilters, hasFilters };
}
