/* eslint-disable no-console */
/**
 * Copies the benchmark figures quoted in the root README from
 * docs/benchmarks.md: the date and machine line, the run's duration and
 * every target line of its "Targets" section, between the README's
 * markers. scripts/bench.sh runs it after a full run; run it alone with
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs tests/bench/readmeFigures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/backend';

export const README_START =
  '<!-- benchmark figures: start (copied from docs/benchmarks.md by tests/bench/readmeFigures.ts; do not edit) -->';
export const README_END = '<!-- benchmark figures: end -->';

/** The README block for a docs/benchmarks.md text. */
export function figuresBlock(docs: string): string {
  const lines = docs.split('\n');
  const measured = lines.find(l => l.startsWith('Measured '));
  const took = /The run took (\d+) minutes/.exec(docs)?.[1];
  const busy = lines.find(l => l.startsWith('- **Busy machine:**'));
  const at = lines.findIndex(l => /^## Targets/.test(l));
  if (!measured || at < 0)
    throw new Error('docs/benchmarks.md has no "Measured" line or Targets');
  const targets: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^(#|<!--)/.test(line)) break;
    // A target is a list item; a long one goes on over indented lines.
    if (line.startsWith('- ')) targets.push(line);
    else if (/^\s+\S/.test(line) && targets.length)
      targets[targets.length - 1] += ` ${line.trim()}`;
  }
  return [
    README_START,
    '',
    `${measured.replace(/\.$/, '')}${
      took ? `; the scale benchmark took ${took} minutes` : ''
    }.`,
    '',
    ...(busy ? [busy.slice(2), ''] : []),
    ...(docs.includes('## Cold and warm summaries')
      ? []
      : [
          'That run predates the cold measurements: its first view and summary targets were judged on cached summaries (cache hits), not on what the first reader after a write pays.',
          '',
        ]),
    'The targets of that run, as [docs/benchmarks.md](docs/benchmarks.md) gives them:',
    '',
    ...targets,
    '',
    README_END,
  ].join('\n');
}

/** Replaces the block between the README's markers with the figures of `docsPath`. */
export function updateReadme(
  docsPath = join(ROOT, 'docs/benchmarks.md'),
  readmePath = join(ROOT, 'README.md'),
) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start)
    throw new Error(`${readmePath} has no benchmark figures markers`);
  const block = figuresBlock(readFileSync(docsPath, 'utf8'));
  writeFileSync(
    readmePath,
    `${readme.slice(0, start)}${block}${readme.slice(end + README_END.length)}`,
  );
  console.log(`benchmark figures in ${readmePath} updated from ${docsPath}`);
}

if (require.main === module) updateReadme();
