import { Entity } from '@backstage/catalog-model';

import { SearchRow } from '../database/RowRestriction';

export type { SearchRow };

/** The catalog indexes keys and values up to this length (longer values as null). */
export const SEARCH_TEXT_LIMIT = 200;

/** Paths the catalog does not index by walking the entity, or indexes otherwise. */
const NOT_WALKED = new Set([
  'apiVersion',
  'attachments',
  'relations',
  'status',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.etag',
]);

/**
 * The search rows the catalog's permission rules filter on, built the way
 * the catalog builds its own search table: every primitive field under its
 * dotted path, each item of a list under the list's path (and a string item
 * also as `path.item` = true), `relations.<type>` = target ref, all keys and
 * values lowercased; values longer than the catalog keeps become null.
 * `apiVersion` is left out: no catalog permission rule can address it.
 */
export function entitySearchRows(entity: Entity): SearchRow[] {
  const raw: Array<{ key: string; value: unknown }> = [];
  const itemKeys = new Set<string>();
  const walk = (path: string, value: unknown) => {
    if (NOT_WALKED.has(path)) return;
    if (
      value === null ||
      value === undefined ||
      ['string', 'number', 'boolean'].includes(typeof value)
    ) {
      raw.push({ key: path, value });
    } else if (Array.isArray(value)) {
      for (const item of value) {
        walk(path, item);
        if (typeof item === 'string') {
          const itemKey = `${path}.${item}`;
          if (!itemKeys.has(itemKey.toLowerCase())) {
            itemKeys.add(itemKey.toLowerCase());
            raw.push({ key: itemKey, value: true });
          }
        }
      }
    } else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        walk(path ? `${path}.${key}` : key, child);
      }
    }
  };
  walk('', entity);
  raw.push({ key: 'metadata.name', value: entity.metadata.name });
  raw.push({
    key: 'metadata.namespace',
    value: entity.metadata.namespace ?? 'default',
  });
  raw.push({ key: 'metadata.uid', value: entity.metadata.uid });
  for (const relation of entity.relations ?? []) {
    raw.push({ key: `relations.${relation.type}`, value: relation.targetRef });
  }

  const rows: SearchRow[] = [];
  const seen = new Set<string>();
  for (const { key: rawKey, value: rawValue } of raw) {
    const key = rawKey.toLowerCase();
    if (key.length > SEARCH_TEXT_LIMIT) continue;
    let value: string | null = null;
    if (rawValue !== null && rawValue !== undefined) {
      const text = String(rawValue).toLowerCase();
      value = text.length <= SEARCH_TEXT_LIMIT ? text : null;
    }
    const id = `${key}\u0000${value ?? '\u0001'}`;
    if (!seen.has(id)) {
      seen.add(id);
      rows.push({ key, value });
    }
  }
  return rows;
}
