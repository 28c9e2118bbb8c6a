import {
  ScorecardPageResponse,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The change to a scorecard query that opens `page` (a page number) from the
 * page shown: the next or previous page by its cursor, which costs the same
 * at any depth; any other page (or a page without cursors) by offset, which
 * the API takes up to `SCORECARD_PAGING.offset.max` rows deep.
 */
export function scorecardPageChange(
  response: Pick<ScorecardPageResponse, 'offset' | 'nextCursor' | 'prevCursor'>,
  limit: number,
  page: number,
): Pick<ScorecardQuery, 'offset' | 'cursor'> {
  const shown = Math.floor(response.offset / limit);
  if (page === shown + 1 && response.nextCursor) {
    return { cursor: response.nextCursor };
  }
  if (page === shown - 1 && response.prevCursor) {
    return { cursor: response.prevCursor };
  }
  return { offset: page * limit };
}
