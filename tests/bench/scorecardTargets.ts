/**
 * The scale benchmark's targets, each a comparison of figures measured in
 * the same run (most of them in the same turns), with met or missed
 * computed from them.
 */
import { Stats } from './benchStats';
import { fixedCostLine } from './scorecardFixedCosts';
import { CLIENTS } from './scorecardReads';
import { Engine, Mode, QUICK, Row, SORTS } from './scorecardScenario';

export interface Target {
  /** Engine, mode and size. */
  where: string;
  what: string;
  /** The figures compared, as measured. */
  measured: string;
  /**
   * Whether the target is met; undefined for a figure shown for reference
   * only (a warm figure beside the cold one the target is judged on).
   */
  met?: boolean;
}

const f = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export const find = (
  rows: Row[],
  engine: Engine,
  services: number,
  revisions: number,
  mode: Mode = 'development',
) =>
  rows.find(
    r =>
      r.engine === engine &&
      r.services === services &&
      r.revisions === revisions &&
      r.mode === mode,
  );

/** A figure against the catalog GET measured in the same turns, plus `margin` ms. */
function overCatalog(row: Row, key: string, margin: number) {
  const value: Stats = row[key];
  const catalog: Stats = row.baselines[key];
  return {
    met: value.p50 <= catalog.p50 + margin,
    text: `${f(value.p50)} ms vs catalog GET ${f(catalog.p50)} + ${margin} ms`,
  };
}

function firstViewTargets(row: Row, where: string): Target[] {
  const out: Target[] = [];
  const views: Array<[string, string]> = [
    [
      'firstViewCold',
      'first view (page + summary), cold: after a write on this backend',
    ],
    [
      'firstViewColdOther',
      "first view (page + summary), cold: after another backend's write",
    ],
    ['firstView', 'first view (page + summary), warm (cached)'],
  ];
  for (const [key, what] of views) {
    if (!row[key]) continue;
    const { met, text } = overCatalog(row, key, 6);
    out.push({
      where,
      what: `${what} ≤ catalog GET + 6 ms`,
      measured: text,
      met: key === 'firstView' ? undefined : met,
    });
  }
  return out;
}

function sizeTargets(rows: Row[], engine: Engine, mode: Mode): Target[] {
  const size = QUICK ? 1000 : 10000;
  const big = find(rows, engine, size, 20, mode);
  if (!big) return [];
  const where = `${engine}, ${mode}, ${size} × 20`;
  const out: Target[] = [];
  const pages = [...Object.keys(SORTS), 'filtered'].map(key => ({
    key,
    ...overCatalog(big, key, 2),
  }));
  out.push({
    where,
    what: 'every sort and the filtered page ≤ catalog GET + 2 ms (each against its own turns)',
    measured: pages.map(p => `${p.key} ${p.text}`).join('; '),
    met: pages.every(p => p.met),
  });
  out.push(...firstViewTargets(big, where));
  const fixed = fixedCostLine(big, where);
  if (fixed) out.push(fixed);
  const small = find(rows, engine, 1000, 20, mode);
  if (small && small !== big) {
    const r = big.byScore.p50 / small.byScore.p50;
    out.push({
      where,
      what: '10,000 vs 1,000 services, a page by score ≤ 1.3×',
      measured: `${f(big.byScore.p50)} / ${f(
        small.byScore.p50,
      )} ms = ${r.toFixed(2)}×`,
      met: r <= 1.3,
    });
  }
  if (big.pagesPerSecond) {
    const r = big.pagesPerSecond / big.catalogPerSecond;
    out.push({
      where,
      what: `${CLIENTS} concurrent clients walking every page ≥ 70% of the catalog GET's throughput (alternating bursts)`,
      measured: `${big.pagesPerSecond.toFixed(
        0,
      )} pages/s vs ${big.catalogPerSecond.toFixed(0)} catalog GETs/s = ${(
        r * 100
      ).toFixed(0)}%`,
      met: r >= 0.7,
    });
  }
  return out;
}

function hugeTargets(rows: Row[], engine: Engine): Target[] {
  const huge = find(rows, engine, 100000, 5);
  const ten = find(rows, engine, 10000, 20);
  if (!huge) return [];
  const where = `${engine}, development, 100,000 × 5`;
  const out: Target[] = [];
  if (ten) {
    const r = huge.byScore.p50 / ten.byScore.p50;
    out.push({
      where,
      what: 'a page by score ≤ 1.3× its 10,000 × 20 figure',
      measured: `${f(huge.byScore.p50)} / ${f(
        ten.byScore.p50,
      )} ms = ${r.toFixed(2)}×`,
      met: r <= 1.3,
    });
  }
  const summaries: Array<[string, string]> = [
    ['summaryCold', 'the summary, cold: after a write on this backend'],
    ['summaryColdOther', "the summary, cold: after another backend's write"],
    ['summary', 'the summary, warm (cached)'],
  ];
  for (const [key, what] of summaries) {
    if (!huge[key]) continue;
    out.push({
      where,
      what: `${what} ≤ 60 ms`,
      measured: `${f(huge[key].p50)} ms`,
      met: key === 'summary' ? undefined : huge[key].p50 <= 60,
    });
  }
  out.push({
    where,
    what: `the full CSV export ≤ 4 s (${
      huge.export.n < 20 ? `max of ${huge.export.n}` : 'p95'
    }), backend RSS < +50 MB while it streams`,
    measured: `${(huge.export.p95 / 1000).toFixed(
      2,
    )} s, +${huge.exportRssGrowth.toFixed(0)} MB`,
    met: huge.export.p95 <= 4000 && huge.exportRssGrowth < 50,
  });
  return out;
}

function policyTargets(row: Row | undefined, engine: Engine): Target[] {
  if (!row?.byScoreOwners) return [];
  const where = `${engine}, development, ${row.services} × 20`;
  const allow = row.byScore.p50;
  return (
    [
      [
        'byScoreOwners',
        'a page under a CONDITIONAL owner-only catalog read ≤ 2× ALLOW',
      ],
      [
        'byScoreConfidential',
        `a page under the demo's "not confidential, or owned" rule ≤ 2× ALLOW`,
      ],
    ] as Array<[string, string]>
  ).map(([key, what]) => ({
    where,
    what,
    measured: `${f(row[key].p50)} / ${f(allow)} ms = ${ratio(
      row[key].p50,
      allow,
    )}; the summary ${f(row[`${key}Summary`].p50)} ms (ALLOW ${f(
      row.summary.p50,
    )} ms)`,
    met: row[key].p50 <= 2 * allow,
  }));
}

function campaignTargets(row: Row | undefined, engine: Engine): Target[] {
  if (!row?.campaignAll) return [];
  const where = `${engine}, development, ${row.services} × 20`;
  const out: Target[] = [];
  for (const [name, scope] of [
    ['All', 'every service'],
    ['Team', 'one team'],
  ]) {
    for (const [suffix, how] of [
      ['Cold', 'cold: each the first request after a write'],
      ['', 'warm (cached)'],
    ]) {
      const progress: Stats = row[`campaign${name}${suffix}`];
      const scorecard: Stats = row[`scorecard${name}${suffix}`];
      out.push({
        where,
        what: `campaign progress (${scope}) ≤ 2× the scorecard with the same filter, ${how}`,
        measured: `${f(progress.p50)} / ${f(scorecard.p50)} ms = ${ratio(
          progress.p50,
          scorecard.p50,
        )}`,
        met: suffix === '' ? undefined : progress.p50 <= 2 * scorecard.p50,
      });
    }
  }
  return out;
}

function exportTargets(rows: Row[], engine: Engine): Target[] {
  const row = find(rows, engine, 10000, 20) ?? find(rows, engine, 10000, 1);
  if (!row) return [];
  return [
    {
      where: `${engine}, development, 10000 × ${row.revisions}`,
      what: `the full CSV export ≤ 2.5 s (${
        row.export.n < 20 ? `max of ${row.export.n}` : 'p95'
      })`,
      measured: `${(row.export.p95 / 1000).toFixed(2)} s`,
      met: row.export.p95 <= 2500,
    },
  ];
}

function revisionTargets(rows: Row[], engine: Engine): Target[] {
  const out: Target[] = [];
  for (const services of [1000, 10000]) {
    const one = find(rows, engine, services, 1);
    const twenty = find(rows, engine, services, 20);
    if (!one || !twenty) continue;
    const r = twenty.byScore.p50 / one.byScore.p50;
    out.push({
      where: `${engine}, development, ${services} services`,
      what: '20 vs 1 revisions, a page by score ≤ 1.2×',
      measured: `${f(twenty.byScore.p50)} / ${f(
        one.byScore.p50,
      )} ms = ${r.toFixed(2)}×`,
      met: r <= 1.2,
    });
  }
  return out;
}

export function targets(rows: Row[]): Target[] {
  const out: Target[] = [];
  const size = QUICK ? 1000 : 10000;
  for (const engine of ['sqlite', 'postgres'] as Engine[]) {
    for (const mode of ['development', 'production'] as Mode[])
      out.push(...sizeTargets(rows, engine, mode));
    out.push(...hugeTargets(rows, engine));
    out.push(...revisionTargets(rows, engine));
    out.push(...policyTargets(find(rows, engine, size, 20), engine));
    out.push(...campaignTargets(find(rows, engine, size, 20), engine));
    out.push(...exportTargets(rows, engine));
  }
  return out;
}

export const verdict = (met: boolean | undefined) =>
  met === undefined ? 'for reference' : met ? 'met' : '**MISSED**';

export const targetLine = (t: Target) =>
  `- ${verdict(t.met)} · ${t.where}: ${t.what} — ${t.measured}`;
