import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sumAttributions } from './bundleAttribution';
import { ProfileSummary } from './cpuProfile';
import { NavigationSample } from './pageTimings';

// The root's prettier 2, which ships no types.
const prettier: {
  format(source: string, options: object): string;
  resolveConfig: { sync(path: string): object | null };
} = require('prettier');

// The end of the scale benchmark's generated part (scorecardReport.ts), and
// the marker that stood there before.
const FINDINGS_MARKER =
  '<!-- scale benchmark: end of the generated part (scripts/bench.sh rewrites everything above) -->';
const OLD_FINDINGS_MARKER = '<!-- findings: kept by the benchmark script -->';
const START = '<!-- browser: start -->';
const END = '<!-- browser: end -->';

/** The measured loads of one page and the profiled extra load. */
export interface TimingResult {
  label: string;
  samples: NavigationSample[];
  p50: number;
  p95: number;
  profiled: { shown: number; summary: ProfileSummary };
}

/** The JS/CSS files one step of a fresh visit fetched, split by source map. */
export interface BundlePhase {
  phase: string;
  total: ReturnType<typeof sumAttributions>;
}

export interface ReportInput {
  machine: string;
  bundle: string;
  services: number;
  revisions: number;
  load: { before: number; after: number };
  /** Steps run again because the backend restarted during them. */
  repeated: number;
  warmup: number;
  navigations: number;
  targetMs: number;
  scorecardPath: string;
  maturityPath: string;
  entity: string;
  /** The JS/CSS paths index.html names. */
  initialFiles: Set<string>;
  results: TimingResult[];
  weights: BundlePhase[];
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
export const msText = (n: number) => `${Math.round(n)} ms`;
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/** One load split at DOMContentLoaded and at the plugin's API calls, ms. */
function phases(s: NavigationSample) {
  const api = s.resources.filter(
    x => x.name.includes('/api/mlops-maturity/') && x.end <= s.inDom,
  );
  const first = Math.min(...api.map(x => x.start));
  const last = Math.max(...api.map(x => x.end));
  return {
    bundle: s.domContentLoaded,
    boot: first - s.domContentLoaded,
    api: last - first,
    render: s.shown - last,
    calls: api.length,
    blocked: s.longTasks
      .filter(t => t.start < s.shown)
      .reduce((total, t) => total + t.duration, 0),
  };
}

function phaseTable(input: ReportInput): string[] {
  type Phases = ReturnType<typeof phases>;
  const rows: Array<[string, (p: Phases) => number, boolean?]> = [
    [
      'navigation → DOMContentLoaded (index.html; the initial scripts, from the cache, parsed and run)',
      p => p.bundle,
    ],
    [
      "→ the plugin's first API request (app start-up, guest session refresh, lazy chunks, catalog requests)",
      p => p.boot,
    ],
    [
      "the plugin's API requests, first start → last response before the mark",
      p => p.api,
    ],
    [
      'last API response → the mark shown (React rendering and committing, the next frame)',
      p => p.render,
    ],
    ["the plugin's API requests before the mark", p => p.calls, true],
    ['main thread in long tasks (> 50 ms) before the mark', p => p.blocked],
  ];
  return [
    `| phase (median of ${input.navigations} loads) | ${input.results
      .map(r => r.label)
      .join(' | ')} |`,
    `| --- | ${input.results.map(() => '---').join(' | ')} |`,
    ...rows.map(
      ([name, pick, count]) =>
        `| ${name} | ${input.results
          .map(r => {
            const value = median(r.samples.map(x => pick(phases(x))));
            return count ? String(value) : msText(value);
          })
          .join(' | ')} |`,
    ),
    '',
  ];
}

/** The requests of the load closest to the median, and the profile. */
function waterfall(r: TimingResult, initialFiles: Set<string>): string[] {
  const s = [...r.samples].sort(
    (a, b) => Math.abs(a.shown - r.p50) - Math.abs(b.shown - r.p50),
  )[0];
  const before = s.resources.filter(x => x.start < s.shown);
  const initial = before.filter(x =>
    initialFiles.has(new URL(x.name).pathname),
  );
  const lines = [
    `**${r.label}**, the load closest to the median (${msText(
      s.shown,
    )}), from navigation start:`,
    '',
    `- ${msText(s.responseEnd)} index.html received`,
    `- ${msText(Math.min(...initial.map(x => x.start)))}–${msText(
      Math.max(...initial.map(x => x.end)),
    )} the ${initial.length} initial JS/CSS files (${
      initial.filter(x => x.transferSize === 0).length
    } from the browser cache)`,
    `- ${msText(s.domContentLoaded)} DOMContentLoaded`,
  ];
  for (const x of before
    .filter(y => !initial.includes(y))
    .sort((a, b) => a.start - b.start)) {
    const url = new URL(x.name);
    const chunk = url.pathname.startsWith('/static/');
    const name = chunk
      ? `chunk ${url.pathname.slice(8)}${
          x.transferSize === 0 ? ' (cache)' : ''
        }`
      : `${url.pathname}${
          url.search.length > 60 ? `${url.search.slice(0, 60)}…` : url.search
        }`;
    lines.push(`- ${msText(x.start)}–${msText(x.end)} ${name}`);
  }
  lines.push(
    `- ${msText(s.inDom)} in the DOM, ${msText(s.shown)} the next frame`,
    '',
  );
  const { summary, shown } = r.profiled;
  const list = (entries: Array<[string, number]>, n: number) =>
    entries
      .filter(([key]) => key !== '(idle)')
      .slice(0, n)
      .map(([key, t]) => `${key} ${msText(t)}`)
      .join('; ');
  const idle = summary.byPackage.find(([key]) => key === '(idle)')?.[1] ?? 0;
  lines.push(
    `CPU profile of one more load (V8's sampling profiler every 0.5 ms, not among the measured loads; the mark came at ${msText(
      shown,
    )} under the profiler): the main thread was busy ${msText(
      summary.totalMs - idle,
    )} of ${msText(
      summary.totalMs,
    )}. Self time through the source maps, by package: ${list(
      summary.byPackage,
      8,
    )}. Hottest functions: ${list(summary.byFunction, 6)}.`,
    '',
  );
  return lines;
}

function bundleSection(weights: BundlePhase[]): string[] {
  const lines = [
    '| load | JS/CSS files (with plugin code) | all of them, gzip | plugin code, minified | plugin code, gzip: added to the download | plugin code, gzip on its own |',
    '| --- | --- | --- | --- | --- | --- |',
    ...weights.map(
      ({ phase, total }) =>
        `| ${phase} | ${total.files} (${total.withPlugin}) | ${kB(
          total.gzip,
        )} kB | ${kB(total.pluginBytes)} kB | ${kB(
          total.pluginGzipMarginal,
        )} kB | ${kB(total.pluginGzipAlone)} kB |`,
    ),
  ];
  const sources = [...weights[0].total.sources]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([source, size]) => `${source.replace(/^plugins\//, '')} (${kB(size)})`,
    );
  lines.push(
    '',
    `The plugin's modules in the initial load (minified kB): ${
      sources.join(', ') || 'none'
    }.`,
  );
  for (const { phase, total } of weights.slice(1)) {
    if (total.files === 0) continue;
    const top = [...total.packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([pkg, size]) => `${pkg} ${kB(size)}`)
      .join(', ');
    lines.push('', `What ${phase} fetched, by package (minified kB): ${top}.`);
  }
  const noMap = weights.flatMap(w => w.total.withoutMap);
  if (noMap.length)
    lines.push(
      '',
      `Files without a source map (counted as not the plugin's): ${noMap.join(
        ', ',
      )}.`,
    );
  return lines;
}

/** The markdown section of the browser benchmark. */
export function renderReport(input: ReportInput): string {
  const verdict = (r: TimingResult) =>
    r.p50 <= input.targetMs && r.p95 <= input.targetMs ? 'met' : 'MISSED';
  return [
    '## Browser: the scorecard and the Maturity tab in Chromium',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${
      input.machine
    }, with the production bundle ${
      input.bundle
    }, served by the backend on SQLite seeded with ${input.services.toLocaleString(
      'en-US',
    )} ML services × ${
      input.revisions
    } revisions (\`tests/bench/seedDatabase.ts\`; every assessed service with its verified figures; the catalog sync held off so they stay; the loads measured once the backend is quiet, \`tests/support/backendQuiet.ts\`: the first runs of the reminders, the snapshot backfill, the verification and Tech Insights' retriever done, each of which holds the backend for a while on a fresh database, and its processes idle), under the demo permission policy's default catalog read rule. Load average (1 min) ${input.load.before.toFixed(
      1,
    )} at the start of the run and ${input.load.after.toFixed(1)} at the end${
      Math.max(input.load.before, input.load.after) > 2
        ? ': other work shared the 2 cores'
        : ''
    }${
      input.repeated
        ? `; ${input.repeated} steps were run again because the backend restarted on a source change during them`
        : ''
    }.`,
    '',
    'Reproduce with `scripts/bench.sh --browser-only` (`tests/bench/browserBenchmark.ts`).',
    '',
    '### Time to content',
    '',
    `A guest signs in once; then every navigation is a full page load (\`page.goto\`: the bundle from the browser cache, the session refreshed by the app as on any reload), ${input.warmup} warm-up loads and ${input.navigations} measured ones per page. The time runs from navigation start (the page's \`performance.now()\` origin) to the animation frame after the element entered the DOM (a MutationObserver installed before the app's scripts): on \`${input.scorecardPath}\` the first \`data-testid="scorecard-row"\`; on \`${input.maturityPath}\` the headline's level chip ("L<n> · <name>", as the e2e tests find it). ${input.entity} is an example service of the guest's team; it gets one assessment through the API (a PUT) before the browser starts, as the seed marks the demo data as loaded.`,
    '',
    `| page | fastest | p50 | p95 | target (p50 and p95) | |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...input.results.map(
      r =>
        `| ${r.label} | ${msText(
          Math.min(...r.samples.map(s => s.shown)),
        )} | ${msText(r.p50)} | ${msText(r.p95)} | ≤ ${
          input.targetMs
        } ms | ${verdict(r)} |`,
    ),
    '',
    '#### Where the time goes',
    '',
    ...phaseTable(input),
    ...input.results.flatMap(r => waterfall(r, input.initialFiles)),
    '### What the plugin adds to the download',
    '',
    'A fresh browser context (empty cache, the signed-in guest\'s stored session) loads the catalog home page and waits until no request has been in flight for a second; every JS and CSS response is recorded, then those of the next step (the scorecard opened from the sidebar; in a second fresh context, an entity page opened from the catalog and then its Maturity tab), each step counting only the files it fetched. Each file is checked to be the one in packages/app/dist and split by its source map (the build writes `.map` files): each generated segment belongs to the source of the mapping that starts it. The plugin\'s code is what maps to `plugins/mlops-maturity/src/**` and `plugins/mlops-maturity-common/src/**`. Sizes are gzip at node:zlib\'s default level; "added to the download" is gzip(file) − gzip(file without the plugin\'s segments), summed over the files, and "on its own" gzips the plugin\'s segments by themselves. Third-party modules the plugin pulls in are not its code, but they are in the "all of them" column of the later steps.',
    '',
    ...bundleSection(input.weights),
  ].join('\n');
}

/**
 * Puts the section between the browser markers, which sit right below the
 * scale benchmark's end marker: that one rewrites everything above it.
 */
export function writeSection(target: string, section: string) {
  // Formatted as `yarn prettier:check` expects the rest of the file to be.
  const formatted = prettier.format(section, {
    ...prettier.resolveConfig.sync(target),
    filepath: target,
  });
  const block = `${START}\n\n${formatted.trim()}\n\n${END}`;
  const text = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  let before: string;
  let after: string;
  if (start >= 0 && end > start) {
    before = text.slice(0, start);
    after = text.slice(end + END.length);
  } else if (
    text.includes(FINDINGS_MARKER) ||
    text.includes(OLD_FINDINGS_MARKER)
  ) {
    const marker = text.includes(FINDINGS_MARKER)
      ? FINDINGS_MARKER
      : OLD_FINDINGS_MARKER;
    const at = text.indexOf(marker) + marker.length;
    before = text.slice(0, at);
    after = text.slice(at);
  } else {
    before = `${text.trimEnd()}\n\n${FINDINGS_MARKER}`;
    after = '';
  }
  after = after.replace(/^\n+/, '');
  const result = `${before.trimEnd()}\n\n${block}\n${
    after ? `\n${after}` : ''
  }`;
  writeFileSync(target, result);
}
