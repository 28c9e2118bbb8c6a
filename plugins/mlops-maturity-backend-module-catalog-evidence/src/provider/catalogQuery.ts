import {
  CATALOG_FILTER_EXISTS,
  EntityFilterQuery,
} from '@backstage/catalog-client';
import {
  CatalogEvidenceCondition,
  CatalogEvidenceRule,
  TECHDOCS_ANNOTATION,
} from '../rules/types';

/** What every query needs to tell entities apart. */
const IDENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
];

/** What a related Resource's rule and link need. */
export const RESOURCE_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.type',
];

/** The entity fields a condition reads. */
function fieldOf(condition: CatalogEvidenceCondition): string {
  switch (condition.kind) {
    case 'annotation':
    case 'techdocs':
      return 'metadata.annotations';
    case 'label':
      return 'metadata.labels';
    case 'tag':
      return 'metadata.tags';
    case 'link':
      return 'metadata.links';
    default:
      return 'relations';
  }
}

/**
 * A catalog filter that an entity must pass for the condition to hold: the
 * catalog narrows the batch to entities that may match some rule, and the
 * rules are then checked in full on what it returns.
 */
function filterOf(
  condition: CatalogEvidenceCondition,
): Record<string, string | typeof CATALOG_FILTER_EXISTS> {
  switch (condition.kind) {
    case 'annotation':
      return {
        [`metadata.annotations.${condition.key}`]:
          condition.equals ?? CATALOG_FILTER_EXISTS,
      };
    case 'label':
      return {
        [`metadata.labels.${condition.key}`]:
          condition.equals ?? CATALOG_FILTER_EXISTS,
      };
    case 'tag':
      return { 'metadata.tags': condition.tag };
    case 'link':
      return {
        ...(condition.linkType && {
          'metadata.links.type': condition.linkType,
        }),
        ...(condition.linkTitle && {
          'metadata.links.title': condition.linkTitle,
        }),
      };
    case 'dependsOnResource':
      return { 'relations.dependsOn': CATALOG_FILTER_EXISTS };
    default:
      return {
        [`metadata.annotations.${TECHDOCS_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
      };
  }
}

/** The catalog query the rules need: which fields, and which entities can match at all. */
export interface RulesQuery {
  fields: string[];
  /** Any of these (one per distinct condition). */
  filter: EntityFilterQuery;
  /** The spec.type values of dependsOn Resources that rules look for. */
  resourceTypes: string[];
}

/** The query for a set of rules: only the fields they read, only entities that can match. */
export function rulesQuery(rules: CatalogEvidenceRule[]): RulesQuery {
  const fields = new Set(IDENTITY_FIELDS);
  const filters = new Map<string, Record<string, string | symbol>>();
  const resourceTypes = new Set<string>();
  for (const rule of rules) {
    fields.add(fieldOf(rule.condition));
    if (rule.url?.annotations.length) fields.add('metadata.annotations');
    const filter = filterOf(rule.condition);
    // Symbols do not survive JSON; name them for the key.
    const key = JSON.stringify(filter, (_, v) =>
      v === CATALOG_FILTER_EXISTS ? '<exists>' : v,
    ).toLocaleLowerCase('en-US');
    filters.set(key, filter);
    if (rule.condition.kind === 'dependsOnResource') {
      resourceTypes.add(rule.condition.resourceType.toLocaleLowerCase('en-US'));
    }
  }
  return {
    fields: [...fields],
    filter: [...filters.values()],
    resourceTypes: [...resourceTypes],
  };
}
