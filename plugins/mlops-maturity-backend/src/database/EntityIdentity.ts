import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/**
 * An entity as the plugin stores its data: its ref (lowercased) and its
 * catalog `metadata.uid`. A ref deleted and registered again gets a new uid,
 * and so starts with no assessment data; '' names data recorded before uids
 * were stored.
 */
export interface EntityIdentity {
  entityRef: string;
  entityUid: string;
}

/** The entity ref of an entity, lowercased as the plugin stores refs. */
export const entityRefOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/** An entity's uid, or '' for one without (only hand-built test entities). */
export const entityUidOf = (entity: Entity) => entity.metadata.uid ?? '';

/** An entity as the plugin names its data. */
export const identityOf = (entity: Entity): EntityIdentity => ({
  entityRef: entityRefOf(entity),
  entityUid: entityUidOf(entity),
});

/** The where-clause that selects one identity's rows (columns optionally qualified by a table alias). */
export function identityWhere(
  id: EntityIdentity,
  alias?: string,
): Record<string, string> {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return {
    [column('entity_ref')]: id.entityRef,
    [column('entity_uid')]: id.entityUid,
  };
}
