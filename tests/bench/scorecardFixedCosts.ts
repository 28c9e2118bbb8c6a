/**
 * Where a page's time over the catalog GET goes, on the production build
 * (issue 30): the same route asked for 1 row instead of 50 (what remains is
 * the request's fixed cost: sign-in check, the two permission decisions in
 * one call to the permission backend, the audit event, the query), and 50
 * rows without compression (what the gzip of a 50 kB body costs). Each is
 * measured in turns with the catalog GET.
 */
import { measureInTurns } from './benchStats';
import { keep, SAMPLES } from './scorecardReads';
import { API, CATALOG_GET, Client, Row, SORTS } from './scorecardScenario';
import type { Target } from './scorecardTargets';

const PAGE = `${API}/scorecard/page?${SORTS.byScore}`;

/** GET with the caller's token and these headers; resolves to the body's length in bytes. */
async function getBytes(
  client: Client,
  path: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const res = await fetch(`${client.url}${path}`, {
    headers: { Authorization: `Bearer ${client.token}`, ...headers },
  });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return body.byteLength;
}

export async function measureFixedCosts(client: Client, row: Row) {
  const catalog = () => client.get(CATALOG_GET);
  const inTurns = async (key: string, fn: () => Promise<unknown>) =>
    keep(row, key, await measureInTurns(SAMPLES, fn, catalog));
  await inTurns('pageOneRow', () => client.get(`${PAGE}&limit=1`));
  await inTurns('pageFifty', () => client.get(`${PAGE}&limit=50`));
  await inTurns('pageUncompressed', () =>
    getBytes(client, `${PAGE}&limit=50`, { 'Accept-Encoding': 'identity' }),
  );
  row.pageBytes = await getBytes(client, `${PAGE}&limit=50`, {
    'Accept-Encoding': 'identity',
  });
  row.catalogBytes = await getBytes(client, CATALOG_GET, {
    'Accept-Encoding': 'identity',
  });
}

const f = (n: number) => n.toFixed(1);

/** The breakdown, for reference (no target of its own). */
export function fixedCostLine(row: Row, where: string): Target | undefined {
  if (!row.pageOneRow) return undefined;
  const p50 = (key: string) => row[key].p50 as number;
  const over = (key: string) => p50(key) - row.baselines[key].p50;
  return {
    where,
    what: 'where a page goes over the catalog GET (each in its own turns)',
    measured: `1 row ${f(p50('pageOneRow'))} ms (+${f(
      over('pageOneRow'),
    )}: sign-in, two permission decisions in one call, audit event, query); 50 rows ${f(
      p50('pageFifty'),
    )} ms (+${f(over('pageFifty'))}; body ${(row.pageBytes / 1024).toFixed(
      1,
    )} kB against the catalog's ${(row.catalogBytes / 1024).toFixed(
      1,
    )} kB); 50 rows uncompressed ${f(p50('pageUncompressed'))} ms (+${f(
      over('pageUncompressed'),
    )})`,
  };
}
