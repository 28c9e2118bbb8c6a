import {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { mlopsMaturityAssessmentReadPermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { toSearchCriteria, whereSearchCriteria } from './catalogConditions';
import { VisibleSetStore } from './VisibleSetStore';
import { RowRestriction } from '../database/RowRestriction';
import { principalName } from '../service/principalName';

/**
 * Which ML services a caller may see in the scorecard, its export and its
 * roll-ups, as the stores' row restriction.
 */
export type Visibility = RowRestriction;

/** The ML services the catalog lets a caller read, for decisions that are not SQL. */
export type ReadableServices = (
  credentials: BackstageCredentials,
) => AsyncIterable<string[]>;

/** Every ML service the scorecard lists, for the plugin's own decisions that are not SQL. */
export type ListedServices = () => Promise<string[]>;

export interface ScorecardVisibilityOptions {
  db: Knex;
  permissions: PermissionsService;
  /** Streams the refs of the ML services the caller may read in the catalog. */
  readableServices: ReadableServices;
  listedServices: ListedServices;
  /** How long a set computed by asking the catalog is reused. */
  cacheTtlMs: number;
  logger: LoggerService;
}

const principalId = (credentials: BackstageCredentials) =>
  `${(credentials.principal as { type: string }).type}:${principalName(
    credentials,
  )}`;

const AUTHORIZE_BATCH = 500;

/**
 * Decides, per request, what of the scorecard a caller may see: exactly the
 * entities they may read in the catalog (`catalog.entity.read`), narrowed by
 * the plugin's own read permission. An unconditional ALLOW costs nothing per
 * row; CONDITIONAL decisions built from the catalog's own rules become SQL
 * on the scorecard's copy of the catalog's search rows; anything else is
 * asked of the catalog (or the permission framework) with the caller's
 * credentials and cached briefly per caller and decision.
 */
export class ScorecardVisibility {
  private readonly sets: VisibleSetStore;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly options: ScorecardVisibilityOptions) {
    this.sets = new VisibleSetStore(options.db);
  }

  /**
   * The ML services the caller may read, narrowed by each catalog-entity
   * permission of `also` that they must hold on a service too (the review
   * queue's `mlops.maturity.assessment.review`): each decision becomes SQL
   * when its rules are the catalog's own, and is asked per service
   * otherwise, as the read permission's is.
   */
  async forCaller(
    credentials: BackstageCredentials,
    also: ResourcePermission<'catalog-entity'>[] = [],
  ): Promise<Visibility> {
    const { permissions, db } = this.options;
    const checked = [
      catalogEntityReadPermission,
      mlopsMaturityAssessmentReadPermission,
      ...also,
    ];
    const decisions = await permissions.authorizeConditional(
      checked.map(permission => ({ permission })),
      { credentials },
    );
    if (decisions.some(d => d.result === AuthorizeResult.DENY)) {
      return { kind: 'none' };
    }
    const restrictions: Array<(q: Knex.QueryBuilder) => Knex.QueryBuilder> = [];
    const keyParts: unknown[] = [];
    let cacheable = true;
    for (const [index, decision] of decisions.entries()) {
      if (decision.result !== AuthorizeResult.CONDITIONAL) continue;
      const criteria = toSearchCriteria(decision.conditions);
      if (criteria) {
        restrictions.push(q => whereSearchCriteria(q, db, criteria));
        keyParts.push([index, criteria]);
      } else {
        cacheable = false;
        const setKey = await this.fallbackSet(
          credentials,
          checked[index],
          decision.conditions,
        );
        restrictions.push(q =>
          q.whereIn('entity_ref', this.sets.members(setKey)),
        );
      }
    }
    if (restrictions.length === 0) return { kind: 'all' };
    return {
      kind: 'restricted',
      restrict: query => restrictions.reduce((q, r) => r(q), query),
      cacheKey: cacheable
        ? createHash('sha256').update(JSON.stringify(keyParts)).digest('hex')
        : undefined,
    };
  }

  /**
   * The key of a fresh cached set of the ML services the caller may read
   * under conditions the plugin cannot evaluate itself, computing it if
   * needed (once per instance at a time).
   */
  private async fallbackSet(
    credentials: BackstageCredentials,
    permission: ResourcePermission,
    conditions: PermissionCriteria<PermissionCondition>,
  ): Promise<string> {
    const setKey = createHash('sha256')
      .update(
        JSON.stringify([principalId(credentials), permission.name, conditions]),
      )
      .digest('hex');
    const now = new Date();
    if (await this.sets.isFresh(setKey, now)) return setKey;
    let computing = this.pending.get(setKey);
    if (!computing) {
      computing = this.computeSet(setKey, credentials, permission).finally(() =>
        this.pending.delete(setKey),
      );
      this.pending.set(setKey, computing);
    }
    await computing;
    return setKey;
  }

  private async computeSet(
    setKey: string,
    credentials: BackstageCredentials,
    permission: ResourcePermission,
  ): Promise<void> {
    const {
      readableServices,
      listedServices,
      permissions,
      cacheTtlMs,
      logger,
    } = this.options;
    const started = Date.now();
    const refs: string[] = [];
    if (permission.name === catalogEntityReadPermission.name) {
      for await (const page of readableServices(credentials))
        refs.push(...page);
    } else {
      const listed = await listedServices();
      for (let i = 0; i < listed.length; i += AUTHORIZE_BATCH) {
        const batch = listed.slice(i, i + AUTHORIZE_BATCH);
        const decisions = await permissions.authorize(
          batch.map(resourceRef => ({ permission, resourceRef })),
          { credentials },
        );
        batch.forEach((ref, j) => {
          if (decisions[j].result === AuthorizeResult.ALLOW) refs.push(ref);
        });
      }
    }
    const now = new Date();
    await this.sets.store(
      setKey,
      refs,
      new Date(now.getTime() + cacheTtlMs),
      now,
    );
    logger.debug(
      `Asked for ${permission.name} of ${principalId(credentials)}: ${
        refs.length
      } ML services readable, in ${Date.now() - started} ms`,
    );
  }
}
