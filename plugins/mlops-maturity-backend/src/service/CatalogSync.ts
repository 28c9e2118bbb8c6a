import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isMlServiceEntity,
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { EntityFilterQuery } from '@backstage/catalog-client';
import { AssessmentStore } from '../database/AssessmentStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { MlServiceRecord, MlServiceStore } from '../database/MlServiceStore';
import { entitySearchRows } from '../visibility/entitySearchRows';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** The entity ref of an entity, lowercased as the plugin stores refs. */
export const entityRefOf = (entity: Entity) =>
  lower(stringifyEntityRef(entity));

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

/** An entity's uid, or '' for one without (only hand-built test entities). */
export const entityUidOf = (entity: Entity) => entity.metadata.uid ?? '';

/** An entity as the plugin names its data. */
export const identityOf = (entity: Entity): EntityIdentity => ({
  entityRef: entityRefOf(entity),
  entityUid: entityUidOf(entity),
});

/** What the scorecard and the catalog's permission rules need of a system. */
const SYSTEM_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.domain',
  'relations',
];

/** What the scorecard and the catalog's permission rules need of an ML service (rules may address any metadata or spec field). */
const SERVICE_FIELDS = ['kind', 'metadata', 'spec', 'relations'];

/** The catalog query for ML services: the configured kinds, or the opt-in annotation. */
function mlServiceFilter(selection: MlServiceSelection): EntityFilterQuery {
  return [
    { kind: selection.kinds },
    {
      [`metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`]: 'true',
    },
  ];
}

/**
 * Keeps the plugin's table of ML services in step with the catalog, so the
 * scorecard never calls the catalog per row.
 */
export class CatalogSync {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      store: MlServiceStore;
      assessments: AssessmentStore;
      selection: MlServiceSelection;
      logger: LoggerService;
    },
  ) {}

  /** Flattens a catalog entity; `domainOfSystem` resolves a system's domain. */
  toRecord(
    entity: Entity,
    domainOfSystem: (systemRef: string) => string | null,
  ): MlServiceRecord {
    const system =
      relationTarget(entity, RELATION_PART_OF, 'system') ??
      specRef(entity, 'system', 'system');
    const ownDomain =
      relationTarget(entity, RELATION_PART_OF, 'domain') ??
      specRef(entity, 'domain', 'domain');
    const type = entity.spec?.type;
    const lifecycle = entity.spec?.lifecycle;
    return {
      entityRef: entityRefOf(entity),
      entityUid: entityUidOf(entity),
      search: entitySearchRows(entity),
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? 'default',
      name: entity.metadata.name,
      title: entity.metadata.title ?? null,
      type: typeof type === 'string' ? type : null,
      owner:
        relationTarget(entity, RELATION_OWNED_BY, 'group') ??
        relationTarget(entity, RELATION_OWNED_BY, 'user') ??
        specRef(entity, 'owner', 'group'),
      system,
      domain: ownDomain ?? (system ? domainOfSystem(system) : null),
      lifecycle: typeof lifecycle === 'string' ? lifecycle : null,
    };
  }

  private async credentials() {
    return this.options.auth.getOwnServiceCredentials();
  }

  private async systemDomains(): Promise<Map<string, string | null>> {
    const credentials = await this.credentials();
    const domains = new Map<string, string | null>();
    for await (const page of this.options.catalog.streamEntities(
      { filter: { kind: 'System' }, fields: SYSTEM_FIELDS },
      { credentials },
    )) {
      for (const system of page) {
        domains.set(
          entityRefOf(system),
          relationTarget(system, RELATION_PART_OF, 'domain') ??
            specRef(system, 'domain', 'domain'),
        );
      }
    }
    return domains;
  }

  /** The ML services the credentials may read in the catalog, a page at a time. */
  async *streamServices(
    credentials: BackstageCredentials,
    fields = SERVICE_FIELDS,
  ): AsyncGenerator<Entity[]> {
    const { catalog, selection } = this.options;
    for await (const page of catalog.streamEntities(
      { filter: mlServiceFilter(selection), fields },
      { credentials },
    )) {
      yield page.filter(entity => isMlServiceEntity(entity, selection));
    }
  }

  /** The refs of the ML services the credentials may read in the catalog, a page at a time. */
  async *readableServiceRefs(
    credentials: BackstageCredentials,
  ): AsyncGenerator<string[]> {
    const fields = [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.annotations',
      'spec.type',
    ];
    for await (const page of this.streamServices(credentials, fields)) {
      yield page.map(entityRefOf);
    }
  }

  /**
   * Reads every ML service from the catalog and makes the table match; gives
   * data stored before uids were recorded to the entity holding its ref, and
   * notes which entities with stored data have left the catalog.
   */
  async syncAll(): Promise<{
    total: number;
    added: number;
    updated: number;
    removed: number;
  }> {
    const { store, assessments, logger } = this.options;
    const domains = await this.systemDomains();
    const records: MlServiceRecord[] = [];
    for await (const page of this.streamServices(await this.credentials())) {
      for (const entity of page) {
        records.push(this.toRecord(entity, ref => domains.get(ref) ?? null));
      }
    }
    const live = records.map(({ entityRef, entityUid }) => ({
      entityRef,
      entityUid,
    }));
    const adopted = await assessments.adoptUnidentified(live);
    const changes = await store.replaceAll(records);
    const departed = await assessments.recordDeparted(live, new Date());
    logger.info(
      `Synced ${records.length} ML services from the catalog (${changes.added} added, ${changes.updated} updated, ${changes.removed} removed` +
        `${
          adopted
            ? `, ${adopted} earlier assessments matched to their entity`
            : ''
        }` +
        `${
          departed ? `, ${departed} assessed entities left the catalog` : ''
        })`,
    );
    return { total: records.length, ...changes };
  }

  /** Refreshes one entity's row, e.g. when its assessment is written. */
  async syncOne(entity: Entity): Promise<void> {
    const system =
      relationTarget(entity, RELATION_PART_OF, 'system') ??
      specRef(entity, 'system', 'system');
    let domain: string | null = null;
    if (system) {
      const systemEntity = await this.options.catalog.getEntityByRef(system, {
        credentials: await this.credentials(),
      });
      domain = systemEntity
        ? relationTarget(systemEntity, RELATION_PART_OF, 'domain') ??
          specRef(systemEntity, 'domain', 'domain')
        : null;
    }
    await this.options.store.upsert(this.toRecord(entity, () => domain));
  }
}
