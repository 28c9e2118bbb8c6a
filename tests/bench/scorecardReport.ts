/**
 * The scale benchmark's report: the tables, the targets and the findings of
 * this run, all generated from its figures and dated. The file's
 * hand-written analysis (below {@link ANALYSIS_MARKER}) and the browser
 * section are kept as they are, once, after the generated part.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatStats, P95_MIN_SAMPLES } from './benchStats';
import { BUSY_LOAD, formatLoad, ScenarioLoad } from './machineLoad';
import { COLD_PAUSE_MS, COLD_SAMPLES } from './scorecardCold';
import {
  CLIENTS,
  CONCURRENT_REQUESTS,
  exportCell,
  MEMORY_REQUESTS,
  RSS_SAMPLE_MS,
  SAMPLES,
  WRITE_SAMPLES,
} from './scorecardReads';
import { Row } from './scorecardScenario';
import { Target, targetLine } from './scorecardTargets';

// The root's prettier 2, which ships no types.
const prettier: {
  format(source: string, options: object): string;
  resolveConfig: { sync(path: string): object | null };
} = require('prettier');

/** Ends the generated scale benchmark; the browser section and the analysis follow. */
export const SCALE_END =
  '<!-- scale benchmark: end of the generated part (scripts/bench.sh rewrites everything above) -->';
/** What marked the same place before the findings were generated. */
export const OLD_FINDINGS_MARKER =
  '<!-- findings: kept by the benchmark script -->';
/** Starts the hand-written analysis, which no benchmark script writes. */
export const ANALYSIS_MARKER =
  '<!-- analysis: hand-written, each entry dated; the benchmark scripts keep it as it is -->';

const ms = formatStats;
const rowLabel = (r: Row) =>
  r.mode === 'production' ? `${r.scenario} (production)` : r.scenario;
const tableOf = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(cells => `| ${cells.join(' | ')} |`),
  ].join('\n');

function warmTable(rows: Row[]) {
  return tableOf(
    [
      'scenario',
      'SQL floor',
      'catalog GET (in turns)',
      'catalog GET (first, alone)',
      'page by score',
      'by name',
      'by updated',
      'by raises to next',
      'filtered page',
      'summary (warm)',
      'filtered summary (warm)',
      'first view (warm)',
      'CSV export (size, RSS growth)',
      'GET one',
      'PUT one',
    ],
    rows.map(r => [
      rowLabel(r),
      ms(r.floor),
      ms(r.catalogGet),
      ms(r.catalogFresh),
      ms(r.byScore),
      ms(r.byName),
      ms(r.byUpdated),
      ms(r.byRaises),
      ms(r.filtered),
      ms(r.summary),
      ms(r.filteredSummary),
      ms(r.firstView),
      exportCell(r),
      ms(r.getOne),
      ms(r.putOne),
    ]),
  );
}

function coldTable(rows: Row[]) {
  const measured = rows.filter(r => r.summaryCold);
  if (measured.length === 0) return [];
  const cell = (r: Row, key: string) =>
    r[key] ? `${ms(r[key])} (GET ${r.baselines[key].p50.toFixed(1)})` : '—';
  return [
    '## Cold and warm summaries',
    '',
    `Each cold sample follows a write: a PUT of the example service's assessment through the API (its first answer moved between Level 1 and 2, so every write changes the summaries), then ${COLD_PAUSE_MS} ms, then the request, in turns with the catalog GET (its p50 in brackets); ${COLD_SAMPLES} samples. "This backend" writes through the backend that is read; "another backend" writes through a second backend process (the production build) on the same PostgreSQL database (SQLite serves one process, so there is no such figure for it). Warm figures are the tables above: the same filter asked again, a cache hit.`,
    '',
    tableOf(
      [
        'scenario',
        'summary: cold, this backend',
        'cold, another backend',
        'warm',
        'filtered summary: cold, this backend',
        'cold, another backend',
        'warm',
        'first view: cold, this backend',
        'cold, another backend',
        'warm',
      ],
      measured.map(r => [
        rowLabel(r),
        cell(r, 'summaryCold'),
        cell(r, 'summaryColdOther'),
        ms(r.summary),
        cell(r, 'filteredSummaryCold'),
        cell(r, 'filteredSummaryColdOther'),
        ms(r.filteredSummary),
        cell(r, 'firstViewCold'),
        cell(r, 'firstViewColdOther'),
        ms(r.firstView),
      ]),
    ),
    '',
  ];
}

function campaignTable(rows: Row[]) {
  const measured = rows.filter(r => r.campaignAll);
  if (measured.length === 0) return [];
  return [
    '## Campaigns',
    '',
    "A campaign over every service and one over one team's production services, each in turns with the scorecard with the same filter (`GET /scorecard`: a page and the summary of its filter), warm (cached) and cold (a write before each turn); the page of a campaign's remaining services; its history, replayed from 90 days of revisions.",
    '',
    tableOf(
      [
        'scenario',
        'progress, all: cold',
        'scorecard, all: cold',
        'progress, all: warm',
        'scorecard, all: warm',
        'progress, one team: cold',
        'scorecard, same filter: cold',
        'progress, one team: warm',
        'scorecard, same filter: warm',
        'remaining page',
        'history (90 days)',
      ],
      measured.map(r => [
        rowLabel(r),
        ms(r.campaignAllCold),
        ms(r.scorecardAllCold),
        ms(r.campaignAll),
        ms(r.scorecardAll),
        ms(r.campaignTeamCold),
        ms(r.scorecardTeamCold),
        ms(r.campaignTeam),
        ms(r.scorecardTeam),
        ms(r.campaignRemaining),
        ms(r.campaignHistory),
      ]),
    ),
    '',
  ];
}

export interface RunInfo {
  startedAt: Date;
  finishedAt: Date;
  machine: string;
  runLoad: ScenarioLoad;
  loads: Array<{ scenario: string; load: ScenarioLoad }>;
}

function loadSection(run: RunInfo) {
  return [
    '## Machine load',
    '',
    `The 1-minute, 5-minute and 15-minute load averages. Before each scenario's measurements the benchmark waits (up to a limit) for the 1-minute load to fall to ${BUSY_LOAD}, as its own seeding and backend start raise it; a scenario that starts above it is marked busy.`,
    '',
    tableOf(
      ['scenario', 'load at the start', 'waited', 'load at the end', 'busy'],
      [
        [
          'the run',
          formatLoad(run.runLoad.start),
          '—',
          run.runLoad.end ? formatLoad(run.runLoad.end) : '',
          run.runLoad.busy ? '**busy**' : 'no',
        ],
        ...run.loads.map(({ scenario, load }) => [
          scenario,
          formatLoad(load.start),
          `${load.waitedSeconds} s`,
          load.end ? formatLoad(load.end) : '',
          load.busy ? '**busy**' : 'no',
        ]),
      ],
    ),
    '',
  ];
}

function memoryLines(rows: Row[]) {
  return rows
    .filter(r => r.rssBefore !== undefined)
    .map(r => {
      const growth = r.rssAfter - r.rssBefore;
      const sign = growth >= 0 ? '+' : '';
      return `- ${rowLabel(r)}: backend RSS ${r.rssBefore.toFixed(
        0,
      )} → ${r.rssMiddle.toFixed(0)} → ${r.rssAfter.toFixed(
        0,
      )} MB over ${MEMORY_REQUESTS} page requests after a warm-up (${sign}${growth.toFixed(
        0,
      )} MB, ${sign}${((growth / r.rssBefore) * 100).toFixed(1)}%)`;
    });
}

/** The findings of this run: dated, and only what its own figures say. */
function findings(rows: Row[], list: Target[], run: RunInfo) {
  const judged = list.filter(t => t.met !== undefined);
  const missed = judged.filter(t => !t.met);
  const busy = run.loads.filter(l => l.load.busy).map(l => l.scenario);
  const stale = rows.filter(r => r.staleCold || r.staleColdOther);
  const minutes = (run.finishedAt.getTime() - run.startedAt.getTime()) / 60000;
  return [
    `## Findings of the run of ${run.startedAt
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')} UTC`,
    '',
    `- The run took ${minutes.toFixed(
      0,
    )} minutes (the scale benchmark; the browser benchmark runs after it).`,
    `- ${judged.length - missed.length} of ${judged.length} targets met, ${
      missed.length
    } missed${missed.length ? ':' : '.'}`,
    ...missed.map(t => `  - ${t.where}: ${t.what} — ${t.measured}`),
    busy.length || run.runLoad.busy
      ? `- **Busy machine:** ${[
          run.runLoad.busy ? 'the run started' : '',
          ...busy,
        ]
          .filter(Boolean)
          .join(
            ', ',
          )} above a 1-minute load of ${BUSY_LOAD}; compare those figures with care.`
      : `- The machine was quiet: every scenario started at a 1-minute load of ${BUSY_LOAD} or less.`,
    ...stale.map(
      r =>
        `- **Stale summaries:** ${rowLabel(r)}: ${
          r.staleCold ?? 0
        } (this backend) and ${
          r.staleColdOther ?? 0
        } (another backend) of ${COLD_SAMPLES} summaries read after a write were unchanged.`,
    ),
    ...memoryLines(rows),
    '',
  ];
}

export function report(rows: Row[], list: Target[], run: RunInfo): string {
  return [
    '# Benchmarks',
    '',
    `<!-- generated by scripts/bench.sh (tests/bench/scorecardBenchmark.ts) from one run; do not edit above the end marker -->`,
    '',
    `Measured ${run.startedAt.toISOString().slice(0, 10)} on ${run.machine}.`,
    '',
    'Reproduce with `scripts/bench.sh` (add `--quick` for the 1,000-service runs only). Each scenario seeds the plugin tables (`tests/bench/seedDatabase.ts`: 90% of services assessed, every revision with real answers and the result `computeScore` gives them), gives every assessed service the verified figures and the review policy a backend that has run its tasks has, starts the real backend on that database, waits until it is quiet (the first runs of the snapshot backfill, the verification task, the reminders and the Tech Insights facts finished, and its processes under a tenth of a core for two 2-second windows: `tests/support/backendQuiet.ts`; the 10-minute schedule of the facts is moved out of the run) and calls it over HTTP with a guest token, one request at a time unless said.',
    '',
    `Times are p50 / p95 in milliseconds over ${SAMPLES} requests (20 for the export up to 10,000 services, 5 at 100,000; ${WRITE_SAMPLES} for PUT) after a warm-up; where fewer than ${P95_MIN_SAMPLES} samples were taken the second figure is their maximum, marked "(max of N)". Every request is timed in turns with the catalog's own \`GET /entities/by-name/...\` on the same backend (the cheapest authenticated, permission-checked request Backstage serves), one of each per sample, so both meet the same machine state; "catalog GET (in turns)" pools those turns, and each target compares a figure with the catalog GET of its own turns; "catalog GET (first, alone)" is the same request timed by itself before anything else on the fresh backend, as the benchmark measured its baseline before, shown for comparison only. "SQL floor" is the page query itself (50 rows by score) run directly with knex. A "page" is \`GET /scorecard/page\` (50 rows); a "summary" is \`GET /scorecard/summary\` (count, summary, level distribution and owner roll-ups of the whole filtered set); "first view" is both at once, as the scorecard page asks them when a filter is first shown. Summaries are cached per filter until the next write, so the columns marked warm are cache hits; the cold figures follow a write (see "Cold and warm summaries"), and the targets of the first view, the summary at 100,000 and campaign progress are judged on them. "Filtered" is one owner, production, not stale. The export column adds how far the backend's RSS rose above its level before the export while it streamed, read from \`/proc/<pid>/status\` every ${RSS_SAMPLE_MS} ms by the benchmark (no process forked), and the fewest RSS samples any export got. PUT includes the GET of the current revision it is based on.`,
    '',
    `Rows marked "(production)" run the production build of the backend (\`NODE_ENV=production node packages/backend\`, from \`scripts/start-production.sh --prepare-only\`) on the same database as the row above them; the others run the development server \`yarn start\` runs (every request logged). All run under an unconditional ALLOW for catalog reads (\`demoPolicy.catalogRead: everyone\`); on the largest scenarios the development backend is also restarted with a CONDITIONAL owner-only read (\`owners\`) and with the demo's default rule (\`confidential\`), and the page and summary are measured again (see Targets). Concurrency: ${CLIENTS} clients, each sending its next request when its last is answered, ${CONCURRENT_REQUESTS} scorecard pages and as many catalog GETs in four alternating bursts; the pages are read as readers walk the scorecard with its cursor (\`tests/bench/cursorWalkers.ts\`: half from the highest score, half from the lowest, so that every page is read).`,
    '',
    warmTable(rows),
    '',
    ...coldTable(rows),
    ...campaignTable(rows),
    `## Targets, run of ${run.startedAt.toISOString().slice(0, 10)}`,
    '',
    ...list.map(targetLine),
    '',
    ...loadSection(run),
    ...findings(rows, list, run),
  ].join('\n');
}

/**
 * Writes the generated part; from an earlier file at `keepFrom` it keeps
 * what follows the end marker (the browser section and the hand-written
 * analysis), once.
 */
export function writeReport(target: string, text: string, keepFrom?: string) {
  let rest = '';
  if (keepFrom && existsSync(keepFrom)) {
    const previous = readFileSync(keepFrom, 'utf8');
    for (const marker of [SCALE_END, OLD_FINDINGS_MARKER]) {
      const at = previous.indexOf(marker);
      if (at >= 0) {
        rest = previous.slice(at + marker.length).replace(/^\n+/, '');
        break;
      }
    }
  }
  // Formatted as `yarn prettier:check` expects the rest of the file to be.
  const formatted = prettier.format(text, {
    ...prettier.resolveConfig.sync(target),
    filepath: target,
  });
  writeFileSync(
    target,
    `${formatted.trimEnd()}\n\n${SCALE_END}\n${rest ? `\n${rest}` : ''}`,
  );
}
