import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  AnswerReviewResponse,
  MaturityModel,
  ReviewQueueItem,
  ReviewQueueResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MLOPS_MATURITY_EVENT_TOPICS } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { AssessmentStore, revisionKey } from '../database/AssessmentStore';
import { entityRefOf } from '../database/EntityIdentity';
import { ReviewStore } from '../database/ReviewStore';
import { AnswerReview } from '../database/reviewRows';
import { ReviewQueueItem as StoredQueueItem } from '../database/reviewQueue';
import { MaturityEventPublisher } from '../events/MaturityEventPublisher';
import {
  encodeReviewCursor,
  ReviewDecisionInput,
  ReviewQueueRequest,
} from '../validation/reviewRequests';
import { ReviewNotifier } from '../review/ReviewNotifier';
import { VerificationRefresher } from '../verification/VerificationRefresher';
import { Access } from './access';
import { Given, taken } from './given';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The review of an answer as the API answers it: no catalog uid. */
function reviewView(review: AnswerReview): AnswerReviewResponse {
  const { entityUid: _uid, ...view } = review;
  return view;
}

/**
 * The reviews of answers, for every door: the queue of pending requests a
 * caller may both read (as on the scorecard) and review, and reviewers'
 * decisions. Who may review is the permission policy's
 * (`mlops.maturity.assessment.review`); this service asks it per request
 * and turns a conditional decision into SQL on the queue, as the scorecard
 * does for reading.
 */
export class ReviewService {
  constructor(
    private readonly options: {
      reviews: ReviewStore;
      assessments: AssessmentStore;
      access: Access;
      model: MaturityModel;
      /** The latest expiry an approved N/A may get, in days (`exemptions.maxDays`). */
      exemptionMaxDays: number;
      events?: Pick<MaturityEventPublisher, 'publish'>;
      /** Tells the service's owners of each decision. */
      notifier?: Pick<ReviewNotifier, 'decided'>;
      /** Computes the service's verified level again after a decision. */
      verification?: Pick<VerificationRefresher, 'refreshEntities'>;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {}

  /**
   * One page of the pending requests on the ML services the caller may read
   * and review (of `owners`, when given), oldest first, each with its answer
   * and the answer to the same question in the revision before.
   */
  async queue(
    credentials: BackstageCredentials,
    request: ReviewQueueRequest,
  ): Promise<ReviewQueueResponse> {
    const { access, reviews } = this.options;
    const restriction = await access.forCredentials.reviewQueueViewer(
      credentials,
    );
    const page = await reviews.pendingQueue({
      restriction,
      owners: request.owners,
      limit: request.limit,
      after: request.after,
    });
    return {
      items: await this.withAnswers(page.items),
      ...(page.next && { nextCursor: encodeReviewCursor(page.next) }),
    };
  }

  /**
   * A reviewer's decision on a pending request: 404 for an entity the caller
   * may not read, 403 when they may not review it, both before the body is
   * read; 400 naming the field; 409 when the request is gone, was replaced
   * by a later revision or is decided already.
   */
  async decide(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    entityRef: string,
    questionId: string,
    given: Given<ReviewDecisionInput>,
  ): Promise<AnswerReviewResponse> {
    const { access, reviews, events } = this.options;
    const { id, entity } = await access.forCredentials.entityReviewer(
      credentials,
      entityRef,
    );
    const input = taken(given);
    const now = this.options.now?.() ?? new Date();
    if (input.expiresAt) this.checkExpiryBounds(input.expiresAt, now);
    const review = await reviews.decide({
      ...id,
      questionId,
      expectedRequestedRevision: input.requestedRevision,
      decision: input.decision,
      ...(input.comment?.trim() && { comment: input.comment.trim() }),
      decidedBy: credentials.principal.userEntityRef,
      at: now,
      ...(input.expiresAt && { expiresAt: input.expiresAt }),
    });
    await this.verify(entity);
    await this.options.notifier?.decided(
      entity,
      reviewView(review),
      this.options.model.questions.find(q => q.id === questionId)?.title ??
        questionId,
    );
    events?.publish(MLOPS_MATURITY_EVENT_TOPICS.reviewDecided, {
      entityRef: review.entityRef,
      questionId: review.questionId,
      kind: review.kind,
      level: review.level,
      decision: input.decision,
      revision: review.requestedRevision,
      decidedBy: review.decidedBy!,
      decidedAt: review.decidedAt!,
      expiresAt: review.expiresAt,
    });
    return reviewView(review);
  }

  /**
   * The decided service's verified level, computed again; a failure is
   * logged, not answered: the decision stands.
   */
  private async verify(entity: Entity) {
    const { verification, logger } = this.options;
    await verification
      ?.refreshEntities([entity])
      .catch(error =>
        logger?.warn(
          `Could not compute the verified level of ${entityRefOf(
            entity,
          )} after a review decision: ${error}`,
        ),
      );
  }

  /** An exemption's expiry must lie ahead, and at most `exemptionMaxDays` ahead. */
  private checkExpiryBounds(expiresAt: Date, now: Date) {
    const maxDays = this.options.exemptionMaxDays;
    const latest = new Date(now.getTime() + maxDays * DAY_MS);
    if (expiresAt.getTime() <= now.getTime()) {
      throw new InputError(
        `body.expiresAt: ${expiresAt.toISOString()} is not in the future`,
      );
    }
    if (expiresAt.getTime() > latest.getTime()) {
      throw new InputError(
        `body.expiresAt: ${expiresAt.toISOString()} is more than ${maxDays} days ahead (mlopsMaturity.review.exemptions.maxDays); the latest allowed now is ${latest.toISOString()}`,
      );
    }
  }

  /** The items with the answers of their revisions, read in one query. */
  private async withAnswers(
    items: StoredQueueItem[],
  ): Promise<ReviewQueueItem[]> {
    const keys = items.flatMap(item => [
      { ...item, revision: item.requestedRevision },
      { ...item, revision: item.requestedRevision - 1 },
    ]);
    const answers = await this.options.assessments.answersOfRevisions(
      keys.filter(k => k.revision > 0),
    );
    const answerAt = (item: StoredQueueItem, revision: number) =>
      answers.get(revisionKey({ ...item, revision }))?.[item.questionId] ??
      null;
    const titles = new Map(
      this.options.model.questions.map(q => [q.id, q.title]),
    );
    return items.map(item => ({
      entityRef: item.entityRef,
      title: item.title,
      owner: item.owner,
      questionId: item.questionId,
      questionTitle: titles.get(item.questionId) ?? null,
      kind: item.kind,
      level: item.level,
      requestedRevision: item.requestedRevision,
      requestedAt: item.requestedAt,
      requestedBy: item.requestedBy,
      answer: answerAt(item, item.requestedRevision),
      previousAnswer: answerAt(item, item.requestedRevision - 1),
    }));
  }
}
