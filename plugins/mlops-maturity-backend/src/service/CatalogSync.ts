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
import { MlServiceRecord, MlServiceStore } from '../database/MlServiceStore';

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

const ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'spec.lifecycle',
  'relations',
];

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
      { filter: { kind: 'System' }, fields: ENTITY_FIELDS },
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

  /** Reads every ML service from the catalog and makes the table match. */
  async syncAll(): Promise<{
    total: number;
    added: number;
    updated: number;
    removed: number;
  }> {
    const { catalog, selection, store, logger } = this.options;
    const credentials = await this.credentials();
    const domains = await this.systemDomains();
    const records: MlServiceRecord[] = [];
    for await (const page of catalog.streamEntities(
      {
        // Either filter matches: the configured kinds, or the opt-in annotation.
        filter: [
          { kind: selection.kinds },
          {
            [`metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`]:
              'true',
          },
        ],
        fields: ENTITY_FIELDS,
      },
      { credentials },
    )) {
      for (const entity of page) {
        if (isMlServiceEntity(entity, selection)) {
          records.push(this.toRecord(entity, ref => domains.get(ref) ?? null));
        }
      }
    }
    const changes = await store.replaceAll(records);
    logger.info(
      `Synced ${records.length} ML services from the catalog (${changes.added} added, ${changes.updated} updated, ${changes.removed} removed)`,
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
