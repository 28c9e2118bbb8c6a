import { Fraction } from '../scoring/Fraction';
import { MATURITY_LEVELS } from './types';

export type Issues = string[];
type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export function checkString(issues: Issues, path: string, value: unknown) {
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push(
      `${path} must be a non-empty string, got ${JSON.stringify(value)}`,
    );
  }
}

function checkId(issues: Issues, path: string, value: unknown) {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    issues.push(
      `${path} must be a lowercase id of letters, digits, ".", "_" or "-" (at most 63 characters), got ${JSON.stringify(
        value,
      )}`,
    );
  }
}

function checkUnique(issues: Issues, path: string, ids: unknown[]) {
  const seen = new Set<unknown>();
  for (const id of ids) {
    if (seen.has(id)) {
      issues.push(`${path}: id "${String(id)}" is used more than once`);
    }
    seen.add(id);
  }
}

/**
 * The object entries of a list with their paths (`list[2] (id "x")`),
 * reporting entries that are not objects and a value that is not a list.
 */
function entries(
  issues: Issues,
  value: unknown,
  path: string,
): [string, Obj][] {
  if (!Array.isArray(value)) {
    issues.push(`${path} must be a list`);
    return [];
  }
  const result: [string, Obj][] = [];
  value.forEach((item, i) => {
    const id =
      isObject(item) && typeof item.id === 'string' ? ` (id "${item.id}")` : '';
    if (isObject(item)) result.push([`${path}[${i}]${id}`, item]);
    else issues.push(`${path}[${i}] must be an object`);
  });
  return result;
}

/** A string field that may be left out, but is not empty when given. */
function checkOptionalString(issues: Issues, path: string, value: unknown) {
  if (value !== undefined) checkString(issues, path, value);
}

/** Like {@link entries}, for a list that may be left out. */
function optionalEntries(
  issues: Issues,
  value: unknown,
  path: string,
): [string, Obj][] {
  return value === undefined ? [] : entries(issues, value, path);
}

function checkLevelDetails(issues: Issues, p: string, level: Obj) {
  for (const [pp, pain] of optionalEntries(
    issues,
    level.painPoints,
    `${p}.painPoints`,
  )) {
    for (const key of ['problem', 'impact', 'example']) {
      checkString(issues, `${pp}.${key}`, pain[key]);
    }
  }
  const remaining = level.remainingPainPoints;
  if (remaining !== undefined) {
    if (!Array.isArray(remaining)) {
      issues.push(`${p}.remainingPainPoints must be a list`);
    } else {
      remaining.forEach((text: unknown, i) =>
        checkString(issues, `${p}.remainingPainPoints[${i}]`, text),
      );
    }
  }
  if (level.level === 0 && level.improvementsOverPrevious !== undefined) {
    issues.push(
      `${p}.improvementsOverPrevious must be left out: Level 0 has no previous level`,
    );
  }
  for (const [ip, improvement] of optionalEntries(
    issues,
    level.improvementsOverPrevious,
    `${p}.improvementsOverPrevious`,
  )) {
    for (const key of ['aspect', 'previousLevel', 'thisLevel']) {
      checkString(issues, `${ip}.${key}`, improvement[key]);
    }
  }
}

function checkLevels(issues: Issues, levels: unknown, path: string) {
  if (!Array.isArray(levels) || levels.length !== 5) {
    issues.push(`${path} must list exactly 5 levels (0-4)`);
    return;
  }
  entries(issues, levels, path).forEach(([p, level], i) => {
    if (level.level !== i) {
      issues.push(
        `${p}.level must be ${i}, got ${JSON.stringify(level.level)}`,
      );
    }
    checkString(issues, `${p}.name`, level.name);
    checkString(issues, `${p}.summary`, level.summary);
    checkLevelDetails(issues, p, level);
  });
}

function checkDimensions(issues: Issues, value: unknown, path: string): Obj[] {
  const dimensions = entries(issues, value, path);
  if (Array.isArray(value) && value.length === 0) {
    issues.push(`${path} must list at least one dimension`);
  }
  let sum = Fraction.of(0);
  const parts: string[] = [];
  for (const [p, d] of dimensions) {
    checkId(issues, `${p}.id`, d.id);
    checkString(issues, `${p}.name`, d.name);
    const w = d.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0 || w > 1) {
      issues.push(
        `${p}.weight must be a number in (0, 1], got ${JSON.stringify(w)}`,
      );
    } else {
      sum = sum.add(Fraction.fromDecimal(w));
      parts.push(`${String(d.id)} ${w}`);
    }
  }
  if (parts.length > 0 && parts.length === dimensions.length) {
    if (sum.compare(Fraction.of(1)) !== 0) {
      issues.push(
        `${path}: weights must sum to exactly 1, got ${parts.join(
          ' + ',
        )} = ${sum.toNumber()}`,
      );
    }
  }
  checkUnique(
    issues,
    path,
    dimensions.map(([, d]) => d.id),
  );
  return dimensions.map(([, d]) => d);
}

function checkQuestions(
  issues: Issues,
  value: unknown,
  path: string,
  dimensionIds: Set<unknown>,
): Obj[] {
  const questions = entries(issues, value, path);
  if (Array.isArray(value) && value.length === 0) {
    issues.push(`${path} must list at least one question`);
  }
  const known = [...dimensionIds].join(', ');
  for (const [p, q] of questions) {
    checkId(issues, `${p}.id`, q.id);
    checkString(issues, `${p}.title`, q.title);
    checkString(issues, `${p}.prompt`, q.prompt);
    if (!dimensionIds.has(q.dimensionId)) {
      issues.push(
        `${p}.dimensionId ${JSON.stringify(
          q.dimensionId,
        )} is not a dimension of the model (${known})`,
      );
    }
    const descriptors = q.descriptors;
    if (!Array.isArray(descriptors) || descriptors.length !== 5) {
      const got = Array.isArray(descriptors)
        ? descriptors.length
        : JSON.stringify(descriptors);
      issues.push(
        `${p}.descriptors must list exactly 5 descriptors, one per level 0-4, got ${got}`,
      );
    } else {
      descriptors.forEach((text: unknown, level) =>
        checkString(issues, `${p}.descriptors[${level}]`, text),
      );
    }
  }
  checkUnique(
    issues,
    path,
    questions.map(([, q]) => q.id),
  );
  return questions.map(([, q]) => q);
}

const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && (MATURITY_LEVELS as number[]).includes(value);

function checkRoadmaps(
  issues: Issues,
  value: unknown,
  path: string,
  dimensionIds: Set<unknown>,
) {
  const known = [...dimensionIds].join(', ');
  // "from->to" of every well-formed roadmap, with the paths that use it.
  const pairs = new Map<string, string[]>();
  for (const [p, r] of entries(issues, value, path)) {
    const { from, to } = r;
    const fromOk = isLevel(from) && from < 4;
    // Level 0 is a level, so `to: 0` gets the "higher than from" message.
    const toOk = isLevel(to);
    if (!fromOk) {
      issues.push(`${p}.from must be a level 0-3, got ${JSON.stringify(from)}`);
    }
    if (!toOk) {
      issues.push(`${p}.to must be a level 1-4, got ${JSON.stringify(to)}`);
    }
    if (fromOk && toOk) {
      if (to <= from) {
        issues.push(
          `${p}.to must be a higher level than from (${from}), got ${to}`,
        );
      } else {
        const key = `${from}->${to}`;
        pairs.set(key, [...(pairs.get(key) ?? []), p]);
      }
    }
    checkOptionalString(issues, `${p}.name`, r.name);
    checkString(issues, `${p}.goal`, r.goal);
    checkString(issues, `${p}.duration`, r.duration);
    checkOptionalString(issues, `${p}.investment`, r.investment);
    checkOptionalString(issues, `${p}.team`, r.team);
    for (const [pp, phase] of entries(issues, r.phases, `${p}.phases`)) {
      checkString(issues, `${pp}.name`, phase.name);
      checkString(issues, `${pp}.timeframe`, phase.timeframe);
      for (const [ip, initiative] of entries(
        issues,
        phase.initiatives,
        `${pp}.initiatives`,
      )) {
        checkString(issues, `${ip}.name`, initiative.name);
        for (const key of ['timeframe', 'tools', 'successCriteria']) {
          checkOptionalString(issues, `${ip}.${key}`, initiative[key]);
        }
        if (!dimensionIds.has(initiative.dimensionId)) {
          issues.push(
            `${ip}.dimensionId ${JSON.stringify(
              initiative.dimensionId,
            )} is not a dimension of the model (${known})`,
          );
        }
      }
    }
  }
  for (const [key, paths] of pairs) {
    if (paths.length > 1) {
      const [from, to] = key.split('->');
      issues.push(
        `${path}: more than one roadmap goes from Level ${from} to Level ${to} (${paths.join(
          ', ',
        )})`,
      );
    }
  }
}

/** Sources are shown as links, so only http(s) URLs are accepted. */
function checkSources(issues: Issues, value: unknown, path: string) {
  for (const [p, source] of optionalEntries(issues, value, path)) {
    checkString(issues, `${p}.title`, source.title);
    let protocol: string | undefined;
    try {
      protocol = new URL(String(source.url)).protocol;
    } catch {
      protocol = undefined;
    }
    if (
      typeof source.url !== 'string' ||
      (protocol !== 'http:' && protocol !== 'https:')
    ) {
      issues.push(
        `${p}.url must be an http or https URL, got ${JSON.stringify(
          source.url,
        )}`,
      );
    }
    checkOptionalString(issues, `${p}.note`, source.note);
  }
}

/**
 * Lists every problem with a complete model: ids present and unique, five
 * levels 0-4 (with well-formed pain points and improvements where given),
 * weights positive and summing to exactly 1, five descriptors per question,
 * every question and roadmap initiative pointing at an existing dimension,
 * every dimension having a question, roadmaps going up from a level to a
 * higher one with at most one roadmap per pair of levels, and sources with
 * http(s) URLs.
 *
 * @public
 */
export function validateMaturityModel(
  model: unknown,
  path = 'model',
): string[] {
  if (!isObject(model)) return [`${path} must be an object`];
  const issues: Issues = [];
  checkString(issues, `${path}.id`, model.id);
  checkString(issues, `${path}.version`, model.version);
  checkString(issues, `${path}.name`, model.name);
  checkLevels(issues, model.levels, `${path}.levels`);
  const dimensions = checkDimensions(
    issues,
    model.dimensions,
    `${path}.dimensions`,
  );
  const dimensionIds = new Set(dimensions.map(d => d.id));
  const questions = checkQuestions(
    issues,
    model.questions,
    `${path}.questions`,
    dimensionIds,
  );
  for (const d of dimensions) {
    if (!questions.some(q => q.dimensionId === d.id)) {
      issues.push(
        `${path}.dimensions: dimension "${String(d.id)}" has no questions`,
      );
    }
  }
  checkRoadmaps(issues, model.roadmaps, `${path}.roadmaps`, dimensionIds);
  checkSources(issues, model.sources, `${path}.sources`);
  return issues;
}
