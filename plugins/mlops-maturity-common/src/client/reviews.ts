import {
  AnswerReviewResponse,
  EntityVerificationResponse,
  ReviewDecisionRequest,
  ReviewQueueResponse,
} from '../verification';
import { entityPath, MlopsMaturityFetcher, withQuery } from './request';
import {
  MaturityEntityName,
  MlopsMaturityRequestOptions,
  ReviewQueueQuery,
} from './types';

// The verification of an entity's assessment
// (/assessments/{kind}/{namespace}/{name}/verification) and the operations
// under /reviews of openapi.yaml.

/** getEntityVerification: undefined when not assessed or not readable (404). */
export async function getVerification(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions = {},
): Promise<EntityVerificationResponse | undefined> {
  // A 404 (no assessment, an entity the caller may not read, or a backend
  // that predates verified levels) means there is nothing to show.
  const response = await http.optionalJson<EntityVerificationResponse>(
    `/assessments/${entityPath(entity)}/verification`,
    options,
  );
  return response ?? undefined;
}

/** listPendingReviews: one page of the queue, oldest first. */
export async function getReviewQueue(
  http: MlopsMaturityFetcher,
  query: ReviewQueueQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ReviewQueueResponse> {
  const params = new URLSearchParams();
  const owners =
    query.owner === undefined ? [] : ([] as string[]).concat(query.owner);
  for (const owner of owners) params.append('owner', owner);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  return http.json(withQuery('/reviews', params), { token: options.token });
}

/** decideReview: approves or rejects the pending review of one answer. */
export async function decideReview(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  questionId: string,
  request: ReviewDecisionRequest,
  options: MlopsMaturityRequestOptions = {},
): Promise<AnswerReviewResponse> {
  return http.json(
    `/reviews/${entityPath(entity)}/${encodeURIComponent(questionId)}`,
    { method: 'POST', body: request, token: options.token },
  );
}
