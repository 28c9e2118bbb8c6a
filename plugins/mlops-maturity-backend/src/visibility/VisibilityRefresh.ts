import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isMlServiceEntity,
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { entityRefOf, entityUidOf } from '../database/EntityIdentity';
import { MlServiceCatalogStore } from '../database/MlServiceCatalogStore';
import { MlServiceRecord } from '../database/scorecardTypes';
import { MaturityEventPublisher } from '../events/MaturityEventPublisher';
import { recordsOf, SERVICE_FIELDS } from '../service/catalogRecords';
import { TargetRule } from '../service/targets';

/**
 * What the refresh reads of every ML service: its identity, its etag and
 * what tells an ML service. Not the annotations, which are most of an
 * entity's bytes: the opt-in and opt-out annotations are asked as filters.
 */
const ETAG_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.etag',
  'spec.type',
];
const FLAG = `metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`;

/** ML services read whole per request, for the changed ones. */
const BATCH = 200;

/** What one refresh found and wrote. */
export interface VisibilityRefreshResult {
  /** ML services in the catalog. */
  total: number;
  /** Of them, those whose etag or uid differed from the copy's (or were missing). */
  changed: number;
  /** Rows written: added, updated; and removed (gone from the catalog or no longer ML services). */
  added: number;
  updated: number;
  removed: number;
}

/**
 * Keeps the plugin's copy of the catalog's ML services (owner, search rows
 * and the rest the scorecard filters on) within one run of the catalog, so
 * a service made confidential or given to another team leaves the
 * scorecards of those who may no longer read it well before the next full
 * sync. Each run reads only the etags of the ML services, and the whole
 * entity only of those whose etag differs from the one stored with the
 * copy; it writes nothing when nothing changed. The assessments' own
 * bookkeeping (departed entities, evidence) stays with the catalog sync.
 */
export class VisibilityRefresh {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      store: MlServiceCatalogStore;
      selection: MlServiceSelection;
      targets: TargetRule[];
      /** Told of each service a refresh made miss its target (its target changed with the catalog). */
      events?: Pick<MaturityEventPublisher, 'targetsMissed'>;
      logger: LoggerService;
    },
  ) {}

  /**
   * The ML services of the catalog with their etags, a page at a time: those
   * of the selected kinds and types less those that opt out, then those that
   * opt in (as `isMlServiceEntity` selects; one in both comes twice).
   */
  private async *etags(credentials: BackstageCredentials) {
    const { catalog, selection } = this.options;
    const selected = { kind: selection.kinds, 'spec.type': selection.types };
    // The few with the annotation are read with their annotations, so that
    // they are told apart exactly as the sync tells them.
    const flagged = (value: string) =>
      catalog.streamEntities(
        {
          filter: { [FLAG]: value },
          fields: [...ETAG_FIELDS, 'metadata.annotations'],
        },
        { credentials },
      );
    const optedOut = new Set<string>();
    for await (const page of flagged('false')) {
      for (const entity of page) {
        if (!isMlServiceEntity(entity, selection)) {
          optedOut.add(entityRefOf(entity));
        }
      }
    }
    for await (const page of catalog.streamEntities(
      { filter: selected, fields: ETAG_FIELDS },
      { credentials },
    )) {
      yield page.filter(
        entity =>
          // The catalog matches types case-insensitively, the selection not.
          isMlServiceEntity(entity, selection) &&
          !optedOut.has(entityRefOf(entity)),
      );
    }
    for await (const page of flagged('true')) {
      yield page.filter(entity => isMlServiceEntity(entity, selection));
    }
  }

  async run(): Promise<VisibilityRefreshResult> {
    const { catalog, auth, store, logger } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const stored = await store.catalogEtags();
    const live = new Set<string>();
    const changedRefs: string[] = [];
    for await (const page of this.etags(credentials)) {
      for (const entity of page) {
        const ref = entityRefOf(entity);
        if (live.has(ref)) continue;
        live.add(ref);
        const held = stored.get(ref);
        if (
          !held ||
          held.entityUid !== entityUidOf(entity) ||
          held.entityEtag !== (entity.metadata.etag ?? null)
        ) {
          changedRefs.push(ref);
        }
      }
    }
    const removed = [...stored.keys()].filter(ref => !live.has(ref));
    const records: MlServiceRecord[] = [];
    const domains = new Map<string, string | null>();
    for (let i = 0; i < changedRefs.length; i += BATCH) {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: changedRefs.slice(i, i + BATCH), fields: SERVICE_FIELDS },
        { credentials },
      );
      // One deleted since the first read waits for the next run; one that
      // is no longer an ML service leaves the copy.
      const entities = items.filter((entity): entity is Entity => {
        if (entity === undefined) return false;
        if (isMlServiceEntity(entity, this.options.selection)) return true;
        if (stored.has(entityRefOf(entity))) removed.push(entityRefOf(entity));
        return false;
      });
      records.push(
        ...(await recordsOf({
          catalog,
          credentials,
          entities,
          targets: this.options.targets,
          domains,
        })),
      );
    }
    const { missedTargets, ...changes } = await store.replaceSome(
      records,
      removed,
    );
    this.options.events?.targetsMissed(missedTargets, 'target');
    if (changes.added + changes.updated + changes.removed > 0) {
      logger.info(
        `Refreshed the copy of ${live.size} ML services from the catalog: ${changes.added} added, ${changes.updated} updated, ${changes.removed} removed`,
      );
    }
    return { total: live.size, changed: changedRefs.length, ...changes };
  }
}
