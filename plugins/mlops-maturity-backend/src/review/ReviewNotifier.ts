import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AnswerReviewResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The scope of the reviewers' notification: a new one replaces the last. */
export const REVIEWS_PENDING_SCOPE = 'mlops-maturity:reviews-pending';
export const REVIEWS_TOPIC = 'MLOps maturity reviews';

/** The service's Maturity tab in the app, relative to app.baseUrl. */
function maturityTab(entity: Entity): string {
  const part = (value: string) =>
    encodeURIComponent(value.toLocaleLowerCase('en-US'));
  return `/catalog/${part(entity.metadata.namespace ?? 'default')}/${part(
    entity.kind,
  )}/${encodeURIComponent(entity.metadata.name)}/maturity`;
}

/** The owner of an entity as a full ref (a bare name is a group in its namespace); undefined without one. */
function ownerOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/** What was judged: "the Level 3 answer" or "the N/A". */
const judged = (review: AnswerReviewResponse) =>
  review.kind === 'level'
    ? `the Level ${review.level} answer`
    : 'the "not applicable" answer';

/**
 * The reviews' notifications. Reviewers get one generic notification when
 * answers await them, naming no service or owner (a reviewer may not be
 * allowed to see them in the catalog; the Reviews page shows each one what
 * they may read), under one scope so that a new one replaces the last. A
 * decision goes to the service's owners, naming their service, the
 * question, the decision and the comment. Sending never fails the request
 * that caused it: a failure is logged.
 */
export class ReviewNotifier {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      /** `permission.mlopsMaturity.reviewers`: user and group refs. */
      reviewers: string[];
      logger: LoggerService;
    },
  ) {}

  /** Tells the reviewers that answers await them (not `submitter`, a reviewer too perhaps). */
  async requestsOpened(submitter?: string): Promise<void> {
    const { notifications, reviewers, logger } = this.options;
    if (reviewers.length === 0) return;
    await notifications
      .send({
        recipients: {
          type: 'entity',
          entityRef: reviewers,
          ...(submitter && { excludeEntityRef: submitter }),
        },
        payload: {
          title: 'Answers await your review',
          description:
            'Teams have claimed maturity levels that need a reviewer. Open the Reviews page to approve or reject them.',
          link: '/mlops-maturity/reviews',
          scope: REVIEWS_PENDING_SCOPE,
          topic: REVIEWS_TOPIC,
          severity: 'normal',
        },
      })
      .catch(error =>
        logger.warn(`Could not notify the reviewers of new requests: ${error}`),
      );
  }

  /** Tells the service's owners of a decision on one of its answers. */
  async decided(
    entity: Entity,
    review: AnswerReviewResponse,
    questionTitle: string,
  ): Promise<void> {
    const { notifications, logger } = this.options;
    const owner = ownerOf(entity);
    if (!owner) return;
    const service = entity.metadata.title ?? entity.metadata.name;
    const approved = review.status === 'approved';
    const until = review.expiresAt
      ? ` The exemption holds until ${review.expiresAt.slice(0, 10)}.`
      : '';
    const comment = review.comment ? ` Comment: "${review.comment}"` : '';
    await notifications
      .send({
        recipients: { type: 'entity', entityRef: owner },
        payload: {
          title: `${service}: ${judged(review)} to "${questionTitle}" was ${
            approved ? 'approved' : 'rejected'
          }`,
          description: `${review.decidedBy} ${
            approved ? 'approved' : 'rejected'
          } ${judged(review)} to "${questionTitle}" of ${service} (revision ${
            review.requestedRevision
          }).${until}${comment}`,
          link: maturityTab(entity),
          scope: `mlops-maturity:review:${review.entityRef}:${review.questionId}`,
          topic: REVIEWS_TOPIC,
          severity: approved ? 'normal' : 'high',
        },
      })
      .catch(error =>
        logger.warn(
          `Could not notify the owners of ${review.entityRef} of a review decision: ${error}`,
        ),
      );
  }
}
