export { AnswerEvidenceStatus, SignalTitle } from './AnswerEvidenceStatus';
export { shownEvidenceBacking } from './shownEvidenceBacking';
