import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  AnswerReviewResponse,
  answersToNextVerifiedLevel,
  EntityVerificationResponse,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { evidenceRefKey } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { AssessmentStore } from '../database/AssessmentStore';
import { ReviewStore } from '../database/ReviewStore';
import { EvidenceService } from '../evidence/EvidenceService';
import { ReviewConfig } from '../review/readReviewConfig';
import {
  policyOf,
  verificationFigures,
} from '../verification/verificationFigures';
import { Access } from './access';

/**
 * The verification of a service's current assessment for a reader: claimed
 * and verified level side by side, computed now as the stored figures are
 * (the same evidence, reviews and policy), with the caller's right to review.
 */
export class VerificationService {
  constructor(
    private readonly options: {
      model: MaturityModel;
      review: ReviewConfig;
      assessments: Pick<AssessmentStore, 'getCurrent'>;
      reviews: Pick<ReviewStore, 'reviewsOf'>;
      evidence: Pick<EvidenceService, 'signalsForBatch'>;
      access: Access;
      now?: () => Date;
    },
  ) {}

  /** 404 when the caller may not read the entity, or it has no assessment. */
  async verification(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<EntityVerificationResponse> {
    const { model, review, assessments, reviews, evidence, access } =
      this.options;
    const { entity, id } = await access.forCredentials.entityReader(
      credentials,
      entityRef,
    );
    const current = await assessments.getCurrent(id);
    if (!current) throw new NotFoundError(`${entityRef} has not been assessed`);
    const [{ signals }, stored, canReview] = await Promise.all([
      evidence.signalsForBatch([entity]),
      reviews.reviewsOf(id),
      access.forCredentials.mayReview(credentials, entityRef),
    ]);
    const now = this.options.now?.() ?? new Date();
    const figures = verificationFigures(
      model,
      {
        revision: current.revision,
        answers: current.answers,
        createdAt: current.createdAt,
        signals: signals.get(evidenceRefKey(id.entityRef)) ?? [],
      },
      stored,
      review,
      now,
    );
    const policy = policyOf(review);
    const { claimed, verified, gaps, gapCounts } = figures.score;
    return {
      entityRef: id.entityRef,
      revision: current.revision,
      policy: {
        ...policy,
        exemptionsRequireApproval: review.exemptions.requireApproval,
        exemptionMaxDays: review.exemptions.maxDays,
      },
      // A submitted assessment has a score unless every answer is an N/A.
      claimedScore: claimed.score ?? 0,
      claimedLevel: (claimed.level ?? 0) as MaturityLevelNumber,
      verifiedScore: verified.score ?? 0,
      verifiedLevel: (verified.level ?? 0) as MaturityLevelNumber,
      gaps,
      gapCounts,
      answers: figures.answers,
      reviews: Object.fromEntries(
        stored.map(({ entityUid: _uid, ...view }) => [
          view.questionId,
          view as AnswerReviewResponse,
        ]),
      ),
      nextVerifiedLevel: answersToNextVerifiedLevel(model, current.answers, {
        answers: figures.answers,
        policy,
        now,
      }),
      canReview,
      validUntil: figures.validUntil?.toISOString() ?? null,
    };
  }
}
