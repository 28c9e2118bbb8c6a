export * from './types';
export { verificationPolicyProblems } from './verificationPolicy';
export type { VerificationPolicyProblem } from './verificationPolicy';
export { verifiedAnswers } from './verifiedAnswers';
export type { VerifiedAnswers } from './verifiedAnswers';
export { computeVerifiedScore } from './computeVerifiedScore';
export type {
  VerificationGapCount,
  VerifiedScore,
} from './computeVerifiedScore';
export type {
  VerificationAction,
  VerificationActionKind,
} from './fewestVerifications';
export {
  answersToNextVerifiedLevel,
  answersToVerifiedLevel,
} from './answersToVerifiedLevel';
export type { VerifiedLevelPath } from './answersToVerifiedLevel';
export type {
  AnswerReviewKind,
  AnswerReviewResponse,
  AnswerReviewStatus,
  ReviewDecisionRequest,
  ReviewQueueItem,
  ReviewQueueResponse,
} from './reviewApi';
export type {
  EntityVerificationResponse,
  ReviewPolicyResponse,
} from './verificationApi';
