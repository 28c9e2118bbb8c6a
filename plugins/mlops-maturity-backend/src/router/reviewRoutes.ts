import { Audit } from '../service/audit';
import { Access } from '../service/access';
import { ReviewService } from '../service/ReviewService';
import {
  parseReviewDecision,
  parseReviewQueueQuery,
  reviewTarget,
} from '../validation/reviewRequests';
import { ApiRouter } from './apiRouter';
import { jsonBody } from './jsonBody';

/** What the review routes need. */
export interface ReviewRouteOptions {
  reviewService: ReviewService;
  access: Access;
  audited: Audit;
}

/**
 * Reviews: `GET /reviews`, the queue of pending requests the caller may act
 * on, and `POST /reviews/:kind/:namespace/:name/:questionId`, a decision.
 * Each route reads the request, audits the call and answers; the
 * ReviewService decides.
 */
export function registerReviewRoutes(
  router: ApiRouter,
  { reviewService: service, access, audited }: ReviewRouteOptions,
) {
  router.get('/reviews', async (req, res) => {
    const query = parseReviewQueueQuery(req.query);
    const body = await audited.read(req, 'review-queue-read', {}, async () =>
      service.queue(await access.caller(req), query),
    );
    res.json(body);
  });

  router.post(
    '/reviews/:kind/:namespace/:name/:questionId',
    jsonBody(),
    async (req, res) => {
      const { entityRef, questionId } = reviewTarget(req.params);
      const decided = await audited.write(
        req,
        'review-decide',
        { entityRef, questionId },
        async () => {
          const value = await service.decide(
            await access.user(req),
            entityRef,
            questionId,
            () => parseReviewDecision(req.body),
          );
          return {
            value,
            meta: {
              decision: value.status,
              revision: value.requestedRevision,
              kind: value.kind,
              level: value.level,
              expiresAt: value.expiresAt,
            },
          };
        },
      );
      res.json(decided);
    },
  );
}
