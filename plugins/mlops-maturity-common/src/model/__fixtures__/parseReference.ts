/**
 * Reads the MLOps maturity reference (a copy in this folder) into plain
 * data, so that tests can hold the built-in model to the reference's words.
 * Markdown emphasis is dropped; everything else is kept as written.
 */

/** Drops `**bold**` markers and surrounding space. */
const plain = (text: string) => text.replace(/\*\*/g, '').trim();

/** The lines of a level section, code blocks left out. */
function proseLines(lines: string[]): string[] {
  const out: string[] = [];
  let inCode = false;
  for (const line of lines) {
    if (line.startsWith('```')) inCode = !inCode;
    else if (!inCode) out.push(line);
  }
  return out;
}

/** The lines after `**label**` (or `**label:**`) up to the next blank line that ends the block. */
function block(lines: string[], label: string): string[] {
  const start = lines.findIndex(l => plain(l).replace(/:$/, '') === label);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' && out.length > 0) break;
    if (line.trim() !== '') out.push(line);
  }
  return out;
}

const bullets = (lines: string[]) =>
  lines.filter(l => l.startsWith('- ')).map(l => plain(l.slice(2)));

/** The body rows of a markdown table, cell by cell. */
const tableRows = (lines: string[]) =>
  lines
    .filter(l => l.startsWith('|'))
    .slice(2)
    .map(l =>
      l
        .split('|')
        .slice(1, -1)
        .map(cell => plain(cell)),
    );

/** The text after `**label:**` on its own line, e.g. the time to deploy. */
function fact(lines: string[], label: string): string | undefined {
  const line = lines.find(l => l.startsWith(`**${label}:**`));
  return line ? plain(line.slice(label.length + 5)) : undefined;
}

export interface ReferenceQuote {
  source: string;
  url: string;
  accessed?: string;
  text: string;
}

export interface ReferenceLevel {
  level: number;
  heading: string;
  summary: string;
  people: Array<{ role: string; description: string }>;
  modelRelease: string[];
  painPoints: string[][];
  stack: string[];
  improvements: string[][];
  remainingPainPoints: string[];
  example: { title: string; steps: string[] };
  deployTime?: string;
  uptime?: string;
  teamSize?: string;
  quotes: ReferenceQuote[];
}

function quotes(lines: string[]): ReferenceQuote[] {
  const found: ReferenceQuote[] = [];
  lines.forEach((line, i) => {
    const m = /^From \[(.+?)\]\((.+?)\)(?: \(accessed (.+?)\))?:$/.exec(line);
    const next = lines[i + 1] ?? '';
    if (m && next.startsWith('> ')) {
      found.push({
        source: m[1],
        url: m[2],
        ...(m[3] ? { accessed: m[3] } : {}),
        text: next.slice(2).trim().replace(/^"|"$/g, ''),
      });
    }
  });
  return found;
}

function example(lines: string[]): { title: string; steps: string[] } {
  const items = block(lines, 'Real-world example');
  const steps: string[] = [];
  for (const l of items.slice(1)) {
    const m = /^\d+\. (.*)$/.exec(l);
    if (!m) break;
    steps.push(plain(m[1]));
  }
  return { title: plain(items[0] ?? ''), steps };
}

function referenceLevel(heading: string, body: string[]): ReferenceLevel {
  const lines = proseLines(body);
  const characteristics = block(lines, '### Characteristics');
  const people = bullets(block(lines, 'People & Organization')).map(b => {
    const [role, ...rest] = b.split(': ');
    return { role, description: rest.join(': ') };
  });
  const improvementLabel = lines.find(l =>
    /^\*\*Improvements over Level \d:\*\*$/.test(l),
  );
  return {
    level: Number(/Level (\d)/.exec(heading)![1]),
    heading,
    summary: characteristics.map(plain).join(' '),
    people,
    modelRelease: bullets(block(lines, 'Model Release')),
    painPoints: tableRows(block(lines, 'Pain Points')),
    stack: bullets(block(lines, 'Technology Stack')),
    improvements: improvementLabel
      ? tableRows(block(lines, plain(improvementLabel).replace(/:$/, '')))
      : [],
    remainingPainPoints: bullets(block(lines, 'Remaining Pain Points')),
    example: example(lines),
    deployTime: fact(lines, 'Time to deploy model changes'),
    uptime: fact(lines, 'System uptime'),
    teamSize: fact(lines, 'Typical team size'),
    quotes: quotes(lines),
  };
}

export interface ReferenceOverviewRow {
  level: number;
  name: string;
  keyCharacteristic: string;
  automation: string;
}

export interface ReferenceQuestion {
  dimension: string;
  weight: number;
  title: string;
  prompt: string;
  descriptors: string[];
}

export interface ReferenceInitiative {
  name: string;
  timeframe?: string;
  tools?: string;
  successCriteria?: string;
}

export interface ReferenceRoadmap {
  title: string;
  duration: string;
  goal: string;
  investment?: string;
  team?: string;
  phases: Array<{
    name: string;
    timeframe: string;
    initiatives: ReferenceInitiative[];
  }>;
}

export interface Reference {
  overview: ReferenceOverviewRow[];
  levels: ReferenceLevel[];
  questions: ReferenceQuestion[];
  roadmaps: ReferenceRoadmap[];
  sources: Array<{ title: string; url: string; note: string }>;
}

/** Splits text at lines that start with `prefix`, heading first. */
function sections(lines: string[], prefix: string) {
  const out: Array<{ heading: string; body: string[] }> = [];
  for (const line of lines) {
    if (line.startsWith(prefix)) out.push({ heading: line, body: [] });
    else out[out.length - 1]?.body.push(line);
  }
  return out;
}

function questionnaire(body: string[]): ReferenceQuestion[] {
  return sections(body, '#### ').flatMap(({ heading, body: rows }) => {
    const m = /^#### [A-D]\. (.+) \(Weight: (\d+)%\)$/.exec(heading)!;
    return tableRows(rows).map(cells => {
      const q = /^(.+?): (.+)$/.exec(cells[0])!;
      return {
        dimension: m[1],
        weight: Number(m[2]) / 100,
        title: q[1],
        prompt: q[2],
        descriptors: cells.slice(1, 6),
      };
    });
  });
}

function roadmap(heading: string, body: string[]): ReferenceRoadmap {
  const m = /^### Roadmap \d: (.+) \((.+)\)$/.exec(heading)!;
  const lines = body.filter(l => l.trim() !== '');
  const goal = lines.find(l => l.startsWith('**Goal:**'));
  const phases = sections(
    lines.filter(l => !/^\*\*(Investment|Team):\*\*/.test(l)),
    '**Phase ',
  )
    .concat(sections(lines, '**Quarter '))
    .map(({ heading: h, body: rows }) => {
      const p = /^\*\*(?:Phase|Quarter) (\d+): (.+?)(?: \((.+)\))?\*\*$/.exec(
        h,
      )!;
      const week = rows
        .filter(l => l.startsWith('- Week '))
        .map(l => /^- (Week [\d-]+): (.+)$/.exec(l)!)
        .map(w => ({ timeframe: w[1], name: w[2] }));
      const table = tableRows(rows).map(([name, tools, successCriteria]) => ({
        name,
        tools,
        successCriteria,
      }));
      return {
        name: p[2],
        timeframe: p[3] ?? `Quarter ${p[1]}`,
        initiatives: [...table, ...week],
      };
    });
  return {
    title: m[1],
    duration: m[2],
    goal: goal
      ? plain(goal.slice('**Goal:**'.length))
      : plain(lines.find(l => l.startsWith('**For '))!).replace(/:$/, ''),
    investment: fact(lines, 'Investment'),
    team: fact(lines, 'Team'),
    phases,
  };
}

export function parseReference(markdown: string): Reference {
  const lines = markdown.split('\n');
  const parts = sections(lines, '## ');
  const overview = tableRows(
    block(
      parts.find(p => p.heading === '## Overview')!.body,
      'The five maturity levels',
    ),
  ).map(([level, name, keyCharacteristic, automation]) => ({
    level: Number(level),
    name,
    keyCharacteristic,
    automation,
  }));
  const levels = parts
    .filter(p => /^## Section [1-5]: Level \d/.test(p.heading))
    .map(p => referenceLevel(p.heading, p.body));
  const section6 = parts.find(p => p.heading.startsWith('## Section 6'))!;
  const section7 = parts.find(p => p.heading.startsWith('## Section 7'))!;
  const roadmaps = sections(section7.body, '### Roadmap ').map(r =>
    roadmap(r.heading, r.body),
  );
  const sources = parts
    .find(p => p.heading === '## Sources')!
    .body.map(l => /^- \[(.+?)\]\((.+?)\) - (.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => ({ title: m[1], url: m[2], note: m[3] }));
  return {
    overview,
    levels,
    questions: questionnaire(section6.body),
    roadmaps,
    sources,
  };
}
