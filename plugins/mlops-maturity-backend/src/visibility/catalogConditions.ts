import {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';

/**
 * A filter on an entity's search rows, as each of the catalog's permission
 * rules turns into one: a key that must exist, with one of `values` when
 * given (both matched lowercased).
 */
export interface SearchFilter {
  key: string;
  values?: string[];
}

const optional = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : [String(value)];

const text = (value: unknown): value is string => typeof value === 'string';
const texts = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(text);

/**
 * The catalog's own permission rules (plugin-catalog-backend's
 * `permissionRules`) and the search filter each one queries the catalog with.
 * A rule not listed here (one a catalog module adds) cannot become SQL.
 */
const RULES: Record<string, (params: any) => SearchFilter | undefined> = {
  HAS_ANNOTATION: p =>
    text(p?.annotation)
      ? {
          key: `metadata.annotations.${p.annotation}`,
          values: optional(p.value),
        }
      : undefined,
  HAS_LABEL: p =>
    text(p?.label)
      ? { key: `metadata.labels.${p.label}`, values: optional(p.value) }
      : undefined,
  HAS_METADATA: p =>
    text(p?.key)
      ? { key: `metadata.${p.key}`, values: optional(p.value) }
      : undefined,
  HAS_SPEC: p =>
    text(p?.key)
      ? { key: `spec.${p.key}`, values: optional(p.value) }
      : undefined,
  IS_ENTITY_KIND: p =>
    texts(p?.kinds) ? { key: 'kind', values: p.kinds } : undefined,
  IS_ENTITY_OWNER: p =>
    texts(p?.claims)
      ? { key: 'relations.ownedBy', values: p.claims }
      : undefined,
};

/**
 * The conditions of a catalog-entity decision as search filters, or
 * undefined when any rule is not one of the catalog's own (or its params are
 * not what that rule takes): then only the catalog can evaluate them.
 */
export function toSearchCriteria(
  criteria: PermissionCriteria<PermissionCondition>,
): PermissionCriteria<SearchFilter> | undefined {
  if ('allOf' in criteria || 'anyOf' in criteria) {
    const list = 'allOf' in criteria ? criteria.allOf : criteria.anyOf;
    const converted = list.map(toSearchCriteria);
    if (converted.some(c => c === undefined)) return undefined;
    const items = converted as Array<PermissionCriteria<SearchFilter>>;
    return 'allOf' in criteria
      ? { allOf: items as any }
      : { anyOf: items as any };
  }
  if ('not' in criteria) {
    const inner = toSearchCriteria(criteria.not);
    return inner && { not: inner };
  }
  const rule = RULES[criteria.rule];
  if (criteria.resourceType !== 'catalog-entity' || !rule) return undefined;
  return rule(criteria.params);
}

const SEARCH = 'mlops_maturity_entity_search';

/**
 * Narrows a query on a table with an `entity_ref` column to the entities
 * whose search rows satisfy the criteria, with the catalog's semantics: a
 * key must exist (with any value, even null), with `values` one of them.
 */
export function whereSearchCriteria(
  query: Knex.QueryBuilder,
  db: Knex,
  criteria: PermissionCriteria<SearchFilter>,
  refColumn = 'entity_ref',
): Knex.QueryBuilder {
  if ('allOf' in criteria) {
    if (criteria.allOf.length === 0) return query;
    return query.where(inner => {
      for (const c of criteria.allOf)
        inner.andWhere(q => whereSearchCriteria(q, db, c, refColumn));
    });
  }
  if ('anyOf' in criteria) {
    if (criteria.anyOf.length === 0) return query.whereRaw('1 = 0');
    return query.where(inner => {
      for (const c of criteria.anyOf)
        inner.orWhere(q => whereSearchCriteria(q, db, c, refColumn));
    });
  }
  if ('not' in criteria) {
    return query.whereNot(q =>
      whereSearchCriteria(q, db, criteria.not, refColumn),
    );
  }
  const matching = db(SEARCH)
    .select('entity_ref')
    .where('search_key', criteria.key.toLowerCase());
  if (criteria.values) {
    matching.whereIn(
      'search_value',
      criteria.values.map(v => v.toLowerCase()),
    );
  }
  return query.whereIn(refColumn, matching);
}
