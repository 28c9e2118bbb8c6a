/**
 * Readers walking the scorecard page by page with the cursor, as the
 * scorecard's next button and the MCP tool page: each walker holds the
 * cursor its last page returned and asks for the page after it, starting
 * over at the first page when no page follows. Half the walkers walk by
 * score from the highest, half from the lowest, so that between them they
 * ask for every page of the set, the deepest ones included.
 */
import { API } from './scorecardScenario';

interface Walker {
  query: string;
  cursor?: string;
  pages: number;
}

export interface CursorWalkers {
  /** Asks one idle walker's next page (each walker has one request in flight at most). */
  next(): Promise<void>;
  /** Pages read so far, and how many times a walker reached the last page. */
  readonly pages: number;
  readonly laps: number;
}

/** Half from the highest score, half from the lowest: every page between them. */
export const BOTH_ENDS = [
  'orderBy=score&order=desc',
  'orderBy=score&order=asc',
];

/**
 * `count` walkers over `get`, the i-th in the order `queries[i %
 * queries.length]`; the idle walker asked first is the one idle longest.
 */
export function cursorWalkers(
  get: (path: string) => Promise<string>,
  count: number,
  queries: string[] = BOTH_ENDS,
  limit = 50,
): CursorWalkers {
  const idle: Walker[] = Array.from({ length: count }, (_, i) => ({
    query: queries[i % queries.length],
    pages: 0,
  }));
  let pages = 0;
  let laps = 0;
  return {
    async next() {
      const walker = idle.shift();
      if (!walker) throw new Error('more requests in flight than walkers');
      try {
        const cursor = walker.cursor
          ? `&cursor=${encodeURIComponent(walker.cursor)}`
          : '';
        const page = JSON.parse(
          await get(
            `${API}/scorecard/page?limit=${limit}&${walker.query}${cursor}`,
          ),
        ) as { items: unknown[]; nextCursor?: string };
        if (page.items.length === 0 && walker.cursor)
          throw new Error('a cursor led to an empty page');
        walker.cursor = page.nextCursor;
        walker.pages++;
        pages++;
        if (!page.nextCursor) laps++;
      } finally {
        idle.push(walker);
      }
    },
    get pages() {
      return pages;
    },
    get laps() {
      return laps;
    },
  };
}
