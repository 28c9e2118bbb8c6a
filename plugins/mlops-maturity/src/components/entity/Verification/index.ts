export { AnswersToNextVerifiedLevel } from './AnswersToNextVerifiedLevel';
export { AnswerVerificationFlags } from './AnswerVerificationFlags';
export { useEntityVerification } from './useEntityVerification';
export { VerifiedLevelSummary } from './VerifiedLevelSummary';
