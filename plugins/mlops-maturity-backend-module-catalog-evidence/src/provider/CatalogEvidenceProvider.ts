import { AuthService } from '@backstage/backend-plugin-api';
import {
  CatalogApi,
  QueryEntitiesInitialRequest,
} from '@backstage/catalog-client';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EvidenceProvider,
  EvidenceProviderRequest,
  EvidenceProviderResponse,
  ProvidedEvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { CatalogEvidenceRule } from '../rules/types';
import { RESOURCE_FIELDS, rulesQuery, RulesQuery } from './catalogQuery';
import { matchRule } from './matchRule';

/** The options of {@link CatalogEvidenceProvider}. */
export interface CatalogEvidenceProviderOptions {
  rules: CatalogEvidenceRule[];
  /** A catalog client, e.g. `new CatalogClient({ discoveryApi: discovery })`. */
  catalog: CatalogApi;
  auth: AuthService;
  /** The app's base URL (`app.baseUrl`), for links to entity and docs pages. */
  appBaseUrl?: string;
  /** Entities per catalog page. */
  pageSize?: number;
  /** How long a related Resource read from the catalog is reused, in ms; 60 s by default. */
  resourceTtlMs?: number;
}

/** A related Resource as last read (undefined: not in the catalog, or not of a type the rules read). */
interface CachedResource {
  resource: Entity | undefined;
  readAt: number;
}

type Predicate = NonNullable<QueryEntitiesInitialRequest['query']>;

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Whether an entity was read with its relations, as the plugin hands
 * entities over (the catalog sync and the entity routes read them in full):
 * its rules can be checked as it is. Others are read again from the catalog.
 */
const readInFull = (entity: Entity) => Array.isArray(entity.relations);

/**
 * The built-in evidence provider: declarative rules over catalog data
 * (annotations, labels, tags, links, dependsOn Resources, TechDocs). The
 * entities the plugin hands over are complete and are checked as they are;
 * entities read without their relations are asked of the catalog for a
 * whole batch at once, through its HTTP API: only those that can match a
 * rule, only the fields the rules read, a page at a time. The related
 * Resources of all of them come in one request, and are reused for a
 * minute, so a catalog sync reads each of them about once.
 */
export class CatalogEvidenceProvider implements EvidenceProvider {
  readonly id = 'catalog';
  readonly title = 'Catalog data';
  private readonly query: RulesQuery;
  private readonly resourceCache = new Map<string, CachedResource>();

  constructor(private readonly options: CatalogEvidenceProviderOptions) {
    this.query = rulesQuery(options.rules);
  }

  async getSignals(
    request: EvidenceProviderRequest,
  ): Promise<EvidenceProviderResponse> {
    const { rules, auth } = this.options;
    const { entities, credentials, signal } = request;
    if (rules.length === 0 || entities.length === 0) return { signals: {} };
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'catalog',
    });
    signal.throwIfAborted();
    const partial = entities.filter(e => !readInFull(e));
    const found = [
      ...entities.filter(readInFull),
      ...(partial.length
        ? await this.matchingEntities(partial, token, signal)
        : []),
    ];
    const resources = await this.relatedResources(found, token, signal);

    const asked = new Set(entities.map(e => lower(stringifyEntityRef(e))));
    const signals: Record<string, ProvidedEvidenceSignal[]> = {};
    for (const entity of found) {
      const ref = stringifyEntityRef(entity);
      if (!asked.has(lower(ref))) continue;
      const matched = rules.flatMap(rule => {
        const s = matchRule(rule, entity, {
          resources,
          appBaseUrl: this.options.appBaseUrl,
        });
        return s ? [s] : [];
      });
      if (matched.length) signals[ref] = matched;
    }
    return { signals };
  }

  /** The batch, as a catalog predicate: by uid, or by ref for an entity without one. */
  private batchPredicate(entities: Entity[]): Predicate {
    const uids = entities.flatMap(e =>
      e.metadata.uid ? [e.metadata.uid] : [],
    );
    const byRef = entities
      .filter(e => !e.metadata.uid)
      .map((e): Predicate => {
        const { kind, namespace, name } = parseEntityRef(stringifyEntityRef(e));
        return { kind, 'metadata.namespace': namespace, 'metadata.name': name };
      });
    const clauses: Predicate[] = [
      ...(uids.length ? [{ 'metadata.uid': { $in: uids } }] : []),
      ...byRef,
    ];
    return clauses.length === 1 ? clauses[0] : { $any: clauses };
  }

  /** The entities of the batch that may match a rule, with the fields the rules read. */
  private async matchingEntities(
    entities: Entity[],
    token: string,
    signal: AbortSignal,
  ): Promise<Entity[]> {
    const { catalog, pageSize = 500 } = this.options;
    const { fields, filter } = this.query;
    const found: Entity[] = [];
    let page = await catalog.queryEntities(
      {
        query: this.batchPredicate(entities),
        filter,
        fields,
        limit: pageSize,
        totalItems: 'exclude',
      },
      { token },
    );
    for (;;) {
      found.push(...page.items);
      signal.throwIfAborted();
      const cursor = page.pageInfo.nextCursor;
      if (!cursor) return found;
      page = await catalog.queryEntities(
        { cursor, fields, limit: pageSize },
        { token },
      );
    }
  }

  /** The Resources the entities depend on whose spec.type a rule looks for, by lower-cased ref. */
  private async relatedResources(
    entities: Entity[],
    token: string,
    signal: AbortSignal,
  ): Promise<Map<string, Entity>> {
    const resources = new Map<string, Entity>();
    const { resourceTypes } = this.query;
    if (resourceTypes.length === 0) return resources;
    const refs = new Set<string>();
    for (const entity of entities) {
      for (const relation of entity.relations ?? []) {
        if (
          relation.type === 'dependsOn' &&
          parseEntityRef(relation.targetRef).kind.toLocaleLowerCase('en-US') ===
            'resource'
        ) {
          refs.add(lower(relation.targetRef));
        }
      }
    }
    const now = Date.now();
    const ttl = this.options.resourceTtlMs ?? 60_000;
    const missing = [...refs].filter(ref => {
      const cached = this.resourceCache.get(ref);
      return !cached || now - cached.readAt > ttl;
    });
    if (missing.length > 0) {
      const { items } = await this.options.catalog.getEntitiesByRefs(
        {
          entityRefs: missing,
          fields: RESOURCE_FIELDS,
          filter: { kind: 'Resource', 'spec.type': resourceTypes },
        },
        { token },
      );
      signal.throwIfAborted();
      // The answer lists the refs in the order asked, undefined for those
      // the catalog lacks or the filter leaves out.
      missing.forEach((ref, i) =>
        this.resourceCache.set(ref, { resource: items[i], readAt: now }),
      );
    }
    for (const ref of refs) {
      const resource = this.resourceCache.get(ref)?.resource;
      if (resource) resources.set(ref, resource);
    }
    return resources;
  }
}
