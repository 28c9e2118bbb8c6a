import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { EntityFilterQuery } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlServiceRecord } from '../database/scorecardTypes';
import { domainOf, mlServiceRecord, systemOf } from './mlServiceRecord';
import { TargetRule } from './targets';

/** What the scorecard and the catalog's permission rules need of a system. */
export const SYSTEM_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.domain',
  'relations',
];

/** What the scorecard and the catalog's permission rules need of an ML service (rules may address any metadata or spec field). */
export const SERVICE_FIELDS = ['kind', 'metadata', 'spec', 'relations'];

/** The catalog query for ML services: the configured kinds, or the opt-in annotation. */
export function mlServiceFilter(
  selection: MlServiceSelection,
): EntityFilterQuery {
  return [
    { kind: selection.kinds },
    {
      [`metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`]: 'true',
    },
  ];
}

/**
 * The scorecard records of these ML services (read with
 * {@link SERVICE_FIELDS}), the domains of their systems asked of the catalog
 * in one request per 500 systems; for a few services rather than all (the
 * sync reads every system at once). `domains` keeps the systems' domains
 * across calls, so that a run asks for each system once.
 */
export async function recordsOf(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  entities: Entity[];
  targets: TargetRule[];
  domains?: Map<string, string | null>;
}): Promise<MlServiceRecord[]> {
  const { catalog, credentials, entities, targets } = options;
  const domains = options.domains ?? new Map<string, string | null>();
  const systems = [
    ...new Set(
      entities
        .filter(entity => domainOf(entity) === null)
        .map(systemOf)
        .filter((ref): ref is string => ref !== null && !domains.has(ref)),
    ),
  ];
  for (let i = 0; i < systems.length; i += 500) {
    const refs = systems.slice(i, i + 500);
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: SYSTEM_FIELDS },
      { credentials },
    );
    items.forEach((system, j) =>
      domains.set(refs[j], system ? domainOf(system) : null),
    );
  }
  return entities.map(entity =>
    mlServiceRecord(entity, ref => domains.get(ref) ?? null, targets),
  );
}
