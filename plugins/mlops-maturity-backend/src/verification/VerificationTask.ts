import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { identityOf } from '../database/EntityIdentity';
import { VerifiedLevelStore } from '../database/VerifiedLevelStore';
import { ReviewPolicySync } from '../review/ReviewPolicySync';
import { VerificationRefresher } from './VerificationRefresher';

const PAGE = 200;

/**
 * `mlops-maturity-verification`: computes again the verified figures of the
 * assessed ML services that have none (stored before this release: the
 * backfill), have them for another revision, or whose figures are due (an
 * exemption expired, an answer outlived `answerTtlDays`), a page at a time
 * by entity ref; after applying a changed review policy. An entity the catalog no longer returns, or whose evidence
 * provider fails, is left for the next run.
 */
export class VerificationTask {
  constructor(
    private readonly options: {
      store: Pick<VerifiedLevelStore, 'rowsToVerify'>;
      refresher: Pick<VerificationRefresher, 'refreshEntities'>;
      /** Applies a changed review policy first (it marks every figure to compute again). */
      policySync?: Pick<ReviewPolicySync, 'run'>;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async run(): Promise<{ written: number; skipped: number }> {
    const { store, refresher, catalog, auth, logger } = this.options;
    await this.options.policySync?.run();
    const now = this.options.now?.() ?? new Date();
    const credentials = await auth.getOwnServiceCredentials();
    let written = 0;
    let skipped = 0;
    let after: string | undefined;
    for (;;) {
      const due = await store.rowsToVerify(now, PAGE, after);
      if (due.length === 0) break;
      after = due[due.length - 1].entityRef;
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: due.map(d => d.entityRef) },
        { credentials },
      );
      const uidOf = new Map(due.map(d => [d.entityRef, d.entityUid]));
      const entities = items.filter(
        (e): e is Entity =>
          !!e && uidOf.get(identityOf(e).entityRef) === identityOf(e).entityUid,
      );
      const result = await refresher.refreshEntities(entities);
      written += result.written;
      skipped += result.skipped + due.length - entities.length;
      if (due.length < PAGE) break;
    }
    if (written > 0 || skipped > 0) {
      logger.info(
        `Verified levels computed for ${written} ML services${
          skipped ? `; ${skipped} left for the next run` : ''
        }`,
      );
    }
    return { written, skipped };
  }
}
