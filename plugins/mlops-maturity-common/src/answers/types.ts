import { MaturityLevelNumber } from '../model/types';

/**
 * A link to evidence backing an answer (a dashboard, a runbook, a pipeline).
 *
 * @public
 */
export interface EvidenceLink {
  title: string;
  /** An absolute http(s) URL. */
  url: string;
}

/**
 * An answer that picks the descriptor of one level.
 *
 * @public
 */
export interface LevelAnswer {
  level: MaturityLevelNumber;
  note?: string;
  evidence?: EvidenceLink[];
}

/**
 * An answer saying the question does not apply, with the reason why. It is
 * left out of its dimension's average.
 *
 * @public
 */
export interface NotApplicableAnswer {
  notApplicable: true;
  reason: string;
  note?: string;
  evidence?: EvidenceLink[];
}

/**
 * An answer to one question.
 *
 * @public
 */
export type AssessmentAnswer = LevelAnswer | NotApplicableAnswer;

/**
 * Answers keyed by question id.
 *
 * @public
 */
export type AssessmentAnswers = Record<string, AssessmentAnswer>;

/**
 * Whether an answer is "not applicable".
 *
 * @public
 */
export function isNotApplicable(
  answer: AssessmentAnswer,
): answer is NotApplicableAnswer {
  return (answer as NotApplicableAnswer).notApplicable === true;
}

/**
 * Size limits for free text and links in answers.
 *
 * @public
 */
export const ANSWER_LIMITS = {
  noteMaxLength: 2000,
  reasonMaxLength: 1000,
  evidenceMaxItems: 10,
  evidenceTitleMaxLength: 200,
  evidenceUrlMaxLength: 2048,
} as const;
