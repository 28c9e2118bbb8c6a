import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import {
  ReviewDecisionRequest,
  ReviewQueueItem,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { mlopsMaturityApiRef } from '../../api';
import { entityRefLabel } from '../../format/entityRefLabel';
import { useNotice } from '../../hooks/useNotice';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../translation';

/** A decision without the revision, which comes from the request decided. */
export type ReviewDecision = Omit<ReviewDecisionRequest, 'requestedRevision'>;

/** The key of a request in the queue. */
export const reviewKey = (item: ReviewQueueItem) =>
  `${item.entityRef}#${item.questionId}#${item.requestedRevision}`;

/**
 * Sends a decision on the request of the revision shown, tells the user how
 * it went, and reloads the queue after a decision or a 409 (the answer
 * changed or was decided meanwhile: the request is gone). Resolves whether
 * the decision is over (a dialog closes then), false when it failed
 * otherwise.
 */
export function useReviewDecision(onQueueChange: () => void) {
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const notice = useNotice();
  const [busy, setBusy] = useState<string>();

  const decide = async (
    item: ReviewQueueItem,
    decision: ReviewDecision,
  ): Promise<boolean> => {
    const described = t('reviewDecision.decided', {
      question: item.questionTitle ?? item.questionId,
      service: item.title ?? entityRefLabel(item.entityRef),
    });
    setBusy(reviewKey(item));
    try {
      await api.decideReview(item.entityRef, item.questionId, {
        requestedRevision: item.requestedRevision,
        ...decision,
      });
      notice(
        'success',
        decision.decision === 'approved'
          ? t('reviewDecision.approvedTitle')
          : t('reviewDecision.rejectedTitle'),
        described,
      );
      onQueueChange();
      return true;
    } catch (e) {
      if (ResponseError.is(e) && e.statusCode === 409) {
        notice(
          'warning',
          t('reviewDecision.conflictTitle'),
          `${described}: ${t('reviewDecision.conflict')}`,
        );
        onQueueChange();
        return true;
      }
      notice('danger', t('reviewDecision.failedTitle'), failure(e, t));
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  return { decide, busy };
}

/** The backend's own message (a 400 names the field), or who may decide. */
function failure(error: unknown, t: MlopsMaturityTranslation): string {
  if (ResponseError.is(error)) {
    if (error.statusCode === 403) return t('reviewDecision.notAllowed');
    return error.cause.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
