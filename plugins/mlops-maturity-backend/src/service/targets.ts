import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  MaturityLevelNumber,
  MaturityTarget,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const KEY = 'mlopsMaturity.targets';

/** The fields a target's filter may name, with the default kind of the ref fields. */
const FILTER_FIELDS = {
  lifecycle: undefined,
  type: undefined,
  tag: undefined,
  system: 'system',
  domain: 'domain',
  owner: 'group',
} as const;

type FilterField = keyof typeof FILTER_FIELDS;

/** A target of `mlopsMaturity.targets`, validated, its values lowercased. */
export interface TargetRule extends MaturityTarget {
  /** Every field given must match one of its values. */
  filter: Partial<Record<FilterField, string[]>>;
}

/** What of an ML service a target's filter is matched against; refs lowercased. */
export interface TargetSubject {
  lifecycle: string | null;
  type: string | null;
  system: string | null;
  domain: string | null;
  owner: string | null;
  tags: string[];
}

const lower = (value: string) => value.toLocaleLowerCase('en-US');

function filterValues(
  raw: unknown,
  where: string,
  defaultKind: string | undefined,
): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) {
    throw new Error(`${where} must name at least one value`);
  }
  return list.map((value, i) => {
    const at = Array.isArray(raw) ? `${where}[${i}]` : where;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`${at} must be a non-empty string`);
    }
    if (!defaultKind) return lower(value);
    try {
      return lower(
        stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
        ),
      );
    } catch {
      throw new Error(
        `${at} "${value}" is not an entity ref like ${defaultKind}:default/name`,
      );
    }
  });
}

/**
 * Reads and checks `mlopsMaturity.targets`: each `{ level, title?, filter? }`
 * with a level from 0 to 4 and a filter on lifecycle, type, system, domain,
 * owner and tag (a value or a list of values each; no filter: every ML
 * service). Throws naming the target and the key at fault.
 */
export function readTargets(config: Config): TargetRule[] {
  const entries = config.getOptionalConfigArray(KEY) ?? [];
  return entries.map((entry, index) => {
    const where = `${KEY}[${index}]`;
    const level = entry.getOptional('level');
    if (
      typeof level !== 'number' ||
      !Number.isInteger(level) ||
      level < 0 ||
      level > 4
    ) {
      throw new Error(
        `${where}.level must be a whole number from 0 to 4, got ${JSON.stringify(
          level,
        )}`,
      );
    }
    const title = entry.getOptional('title');
    if (
      title !== undefined &&
      (typeof title !== 'string' || !title.trim() || title.length > 255)
    ) {
      throw new Error(
        `${where}.title must be a non-empty string of at most 255 characters`,
      );
    }
    const unknownKeys = entry
      .keys()
      .filter(k => !['level', 'title', 'filter'].includes(k));
    if (unknownKeys.length > 0) {
      throw new Error(
        `${where}.${unknownKeys[0]} is not a target setting; a target has level, title and filter`,
      );
    }
    const filterConfig = entry.getOptionalConfig('filter');
    const filter: TargetRule['filter'] = {};
    for (const field of filterConfig?.keys() ?? []) {
      if (!(field in FILTER_FIELDS)) {
        throw new Error(
          `${where}.filter.${field} is not a target filter field; use ${Object.keys(
            FILTER_FIELDS,
          ).join(', ')}`,
        );
      }
      filter[field as FilterField] = filterValues(
        filterConfig!.get(field),
        `${where}.filter.${field}`,
        FILTER_FIELDS[field as FilterField],
      );
    }
    return {
      level: level as MaturityLevelNumber,
      title: title ?? null,
      filter,
    };
  });
}

function matches(rule: TargetRule, subject: TargetSubject): boolean {
  return (Object.keys(rule.filter) as FilterField[]).every(field => {
    const wanted = rule.filter[field]!;
    if (field === 'tag') {
      return subject.tags.some(tag => wanted.includes(lower(tag)));
    }
    const value = subject[field];
    return value !== null && wanted.includes(lower(value));
  });
}

/**
 * The target that applies to an ML service: the highest level among the
 * targets whose filter matches it (the first listed among equals); null when
 * none matches.
 */
export function targetFor(
  rules: TargetRule[],
  subject: TargetSubject,
): MaturityTarget | null {
  let best: TargetRule | undefined;
  for (const rule of rules) {
    if (matches(rule, subject) && (!best || rule.level > best.level)) {
      best = rule;
    }
  }
  return best ? { level: best.level, title: best.title } : null;
}
