import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { entityRefOf, entityUidOf } from '../database/EntityIdentity';
import { MlServiceRecord } from '../database/scorecardTypes';
import { entitySearchRows } from '../visibility/entitySearchRows';
import { TargetRule, targetFor } from './targets';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function relationTarget(
  entity: Entity,
  type: string,
  kind: string,
): string | null {
  const relation = entity.relations?.find(
    r =>
      r.type === type &&
      parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') === kind,
  );
  return relation ? lower(relation.targetRef) : null;
}

function specRef(
  entity: Entity,
  field: string,
  defaultKind: string,
): string | null {
  const value = entity.spec?.[field];
  if (typeof value !== 'string' || value === '') return null;
  try {
    return lower(
      stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    );
  } catch {
    return null;
  }
}

/** The system an entity is part of, by relation or else by spec.system. */
export const systemOf = (entity: Entity) =>
  relationTarget(entity, RELATION_PART_OF, 'system') ??
  specRef(entity, 'system', 'system');

/** The domain an entity (a service or a system) names itself, by relation or else by spec.domain. */
export const domainOf = (entity: Entity) =>
  relationTarget(entity, RELATION_PART_OF, 'domain') ??
  specRef(entity, 'domain', 'domain');

/**
 * Flattens a catalog entity for the scorecard; `domainOfSystem` resolves a
 * system's domain, `targets` are those of `mlopsMaturity.targets`.
 */
export function mlServiceRecord(
  entity: Entity,
  domainOfSystem: (systemRef: string) => string | null,
  targets: TargetRule[] = [],
): MlServiceRecord {
  const system = systemOf(entity);
  const ownDomain = domainOf(entity);
  const domain = ownDomain ?? (system ? domainOfSystem(system) : null);
  const type = typeof entity.spec?.type === 'string' ? entity.spec.type : null;
  const lifecycle =
    typeof entity.spec?.lifecycle === 'string' ? entity.spec.lifecycle : null;
  const owner =
    relationTarget(entity, RELATION_OWNED_BY, 'group') ??
    relationTarget(entity, RELATION_OWNED_BY, 'user') ??
    specRef(entity, 'owner', 'group');
  const target = targetFor(targets, {
    lifecycle,
    type,
    system,
    domain,
    owner,
    tags: entity.metadata.tags ?? [],
  });
  return {
    entityRef: entityRefOf(entity),
    entityUid: entityUidOf(entity),
    entityEtag: entity.metadata.etag ?? null,
    search: entitySearchRows(entity),
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
    title: entity.metadata.title ?? null,
    type,
    owner,
    system,
    domain,
    lifecycle,
    targetLevel: target?.level ?? null,
    targetTitle: target?.title ?? null,
  };
}
