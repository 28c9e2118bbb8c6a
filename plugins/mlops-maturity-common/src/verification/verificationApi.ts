import { MaturityLevelNumber } from '../model/types';
import { AnswerReviewResponse } from './reviewApi';
import { VerificationGapCount } from './computeVerifiedScore';
import { VerifiedLevelPath } from './answersToVerifiedLevel';
import {
  AnswerVerification,
  VerificationGap,
  VerificationPolicy,
} from './types';

/**
 * The review policy a backend applies (`mlopsMaturity.review`), as the
 * verification route answers it.
 *
 * @public
 */
export interface ReviewPolicyResponse extends VerificationPolicy {
  /** Whether a new N/A stays pending until a reviewer approves it. */
  exemptionsRequireApproval: boolean;
  /** The latest expiry an approved N/A may get, in days. */
  exemptionMaxDays: number;
}

/**
 * Response of `GET /assessments/:kind/:namespace/:name/verification`: the
 * claimed and the verified level of the current assessment side by side,
 * what separates them, and what the caller may do about it.
 *
 * @public
 */
export interface EntityVerificationResponse {
  entityRef: string;
  /** The current revision the figures are computed for. */
  revision: number;
  policy: ReviewPolicyResponse;
  claimedScore: number;
  claimedLevel: MaturityLevelNumber;
  verifiedScore: number;
  verifiedLevel: MaturityLevelNumber;
  /** Every answer counted lower than claimed, in the model's question order. */
  gaps: VerificationGap[];
  /** The gaps counted by reason and claimed level ("2 answers at Level 3 await review"). */
  gapCounts: VerificationGapCount[];
  /** What the verified level was computed from, by question id (trust, confirmedAt, exemption). */
  answers: Record<string, AnswerVerification>;
  /** The latest review of each answer of the current revision that has one, by question id. */
  reviews: Record<string, AnswerReviewResponse>;
  /** The fewest raises and verifications to the next verified level; null at Level 4 or without a plan. */
  nextVerifiedLevel: VerifiedLevelPath | null;
  /** Whether the caller may review this service's answers. */
  canReview: boolean;
  /** The first instant the figures may change with time alone (ISO 8601); null when nothing expires. */
  validUntil: string | null;
}
