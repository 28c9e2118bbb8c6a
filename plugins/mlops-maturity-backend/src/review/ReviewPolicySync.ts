import { LoggerService } from '@backstage/backend-plugin-api';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { CURRENT, REVISIONS } from '../database/assessmentRows';
import { identityWhere } from '../database/EntityIdentity';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { ReviewStore } from '../database/ReviewStore';
import { ENTITIES } from '../database/scorecardTable';
import { toIsoString } from '../database/rows';
import { ReviewConfig } from './readReviewConfig';
import { ReviewNotifier } from './ReviewNotifier';

/** Where the fingerprint of the review policy last applied is kept. */
export const REVIEW_POLICY_META = 'review-policy-fingerprint';

const PAGE = 200;

/** What the reviews and the verified figures follow from in `mlopsMaturity.review`. */
export function reviewPolicyFingerprint(config: ReviewConfig): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        config.requiredFromLevel,
        config.answerTtlDays ?? null,
        config.exemptions.requireApproval,
      ]),
    )
    .digest('hex');
}

interface CurrentRevision {
  entity_ref: string;
  entity_uid: string;
  revision: number | string;
  answers: string;
  author: string;
  created_at: Date | number | string;
}

/**
 * Applies a changed review policy (`mlopsMaturity.review`) to what was
 * submitted under the one before: each current revision's reviews are
 * brought in step again (`ReviewStore.syncForRevision`: answers that now
 * need a review get a request of that revision, by its author, at its time;
 * those that no longer do lose theirs), and every verified figure is marked
 * for the verification task to compute again. The fingerprint of the policy
 * applied is kept in the plugin's meta table, so an unchanged policy costs
 * one read. Runs in the verification task, once across instances.
 */
export class ReviewPolicySync {
  constructor(
    private readonly options: {
      db: Knex;
      reviews: Pick<ReviewStore, 'syncForRevision'>;
      meta: Pick<PluginMetaStore, 'get' | 'set'>;
      review: ReviewConfig;
      notifier?: Pick<ReviewNotifier, 'requestsOpened'>;
      logger: LoggerService;
    },
  ) {}

  /** Applies the policy when it changed; how many revisions were synced (undefined: unchanged). */
  async run(): Promise<number | undefined> {
    const { db, meta, review, logger } = this.options;
    const fingerprint = reviewPolicyFingerprint(review);
    if ((await meta.get(REVIEW_POLICY_META)) === fingerprint) return undefined;
    let synced = 0;
    let opened = 0;
    let after: [string, string] = ['', ''];
    for (;;) {
      const page = await this.pageAfter(after);
      for (const row of page) {
        const result = await this.syncOne(row);
        if (result !== undefined) {
          synced += 1;
          opened += result;
        }
      }
      if (page.length < PAGE) break;
      const last = page[page.length - 1];
      after = [last.entity_ref, last.entity_uid];
    }
    // The figures of every revision follow from the policy: the task
    // computes them again (they stay shown until then).
    await db(ENTITIES).where('assessed', 1).update({ verified_revision: null });
    await meta.set(REVIEW_POLICY_META, fingerprint);
    if (opened > 0) await this.options.notifier?.requestsOpened();
    logger.info(
      `Applied the review policy (mlopsMaturity.review) to the current assessments of ${synced} ML services: ${opened} answers now await a review`,
    );
    return synced;
  }

  /** A page of current revisions with their answers, after `after` (ref, uid). */
  private pageAfter([ref, uid]: [string, string]): Promise<CurrentRevision[]> {
    return this.options
      .db(`${CURRENT} as c`)
      .join(`${REVISIONS} as r`, join =>
        join
          .on('r.entity_ref', 'c.entity_ref')
          .andOn('r.entity_uid', 'c.entity_uid')
          .andOn('r.revision', 'c.revision'),
      )
      .where(q =>
        q
          .where('c.entity_ref', '>', ref)
          .orWhere(same =>
            same.where('c.entity_ref', ref).andWhere('c.entity_uid', '>', uid),
          ),
      )
      .orderBy([{ column: 'c.entity_ref' }, { column: 'c.entity_uid' }])
      .limit(PAGE)
      .select(
        'r.entity_ref',
        'r.entity_uid',
        'r.revision',
        'r.answers',
        'r.author',
        'r.created_at',
      );
  }

  /** One revision's reviews, while it is still current (a submission meanwhile syncs its own); the requests opened. */
  private async syncOne(row: CurrentRevision): Promise<number | undefined> {
    const { db, reviews, review } = this.options;
    const id = { entityRef: row.entity_ref, entityUid: row.entity_uid };
    const revision = Number(row.revision);
    return db.transaction(async tx => {
      const still = await tx(CURRENT)
        .where({ ...identityWhere(id), revision })
        .forUpdate()
        .first('revision');
      if (!still) return undefined;
      const result = await reviews.syncForRevision(tx, {
        ...id,
        revision,
        author: row.author,
        at: new Date(toIsoString(row.created_at)),
        answers: JSON.parse(row.answers) as AssessmentAnswers,
        policy: {
          requiredFromLevel: review.requiredFromLevel,
          exemptionsRequireApproval: review.exemptions.requireApproval,
        },
      });
      return result.opened.length;
    });
  }
}
