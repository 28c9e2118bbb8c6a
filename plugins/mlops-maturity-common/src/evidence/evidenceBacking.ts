import {
  AssessmentAnswer,
  AssessmentAnswers,
  isNotApplicable,
} from '../answers/types';
import { EvidenceSignal } from '../evidence';
import { MaturityLevelNumber, MaturityModel } from '../model/types';

/**
 * Whether an answer's level is supported by more than its owner's word.
 *
 * @public
 */
export type AnswerEvidenceStatus = 'evidence-backed' | 'self-reported';

/**
 * How one answered question (a level, not N/A) stands against the evidence.
 *
 * @public
 */
export interface AnswerBacking {
  questionId: string;
  /** The level answered. */
  level: MaturityLevelNumber;
  /** `evidence-backed` when `backedBySignal` or `backedByLinks`. */
  status: AnswerEvidenceStatus;
  /** The question's signal, when a provider found one, whatever its level. */
  signal?: EvidenceSignal;
  /** The signal shows at least the level answered. */
  backedBySignal: boolean;
  /** The answer's own evidence links support it (see {@link evidenceBacking}). */
  backedByLinks: boolean;
  /** The answer claims more than the signal shows: a hint, not an error. */
  aboveEvidence: boolean;
}

/**
 * A signal offered to the owner: the question is unanswered, or answered
 * below what the signal shows.
 *
 * @public
 */
export interface EvidenceSuggestion {
  questionId: string;
  signal: EvidenceSignal;
  /** The level answered now; null when the question is unanswered. */
  answeredLevel: MaturityLevelNumber | null;
}

/**
 * Answers measured against evidence signals; see {@link evidenceBacking}.
 *
 * @public
 */
export interface EvidenceBacking {
  /** Every answered question (not N/A) of the model, by question id. */
  answers: Record<string, AnswerBacking>;
  /** Signals to offer, in the model's question order. */
  suggestions: EvidenceSuggestion[];
  /** How many questions are answered with a level (N/A left out). */
  answeredCount: number;
  /** How many of those are evidence-backed. */
  backedCount: number;
  /** `backedCount / answeredCount`, in [0, 1]; null when nothing is answered. */
  backedShare: number | null;
  /** How many answered questions the evidence shows to be at a higher level than answered. */
  higherLevelCount: number;
}

/**
 * Whether a signal should be offered for a question: it is unanswered, or
 * answered with a level below the signal's. An N/A answer is the owner's
 * explicit decision and is never second-guessed.
 *
 * @public
 */
export function isEvidenceSuggestion(
  answer: AssessmentAnswer | undefined,
  signal: EvidenceSignal,
): boolean {
  if (!answer) return true;
  return !isNotApplicable(answer) && answer.level < signal.level;
}

/**
 * Whether an answer's evidence links support its level. Any link does, with
 * one exception: a link to the question's own signal (what accepting the
 * suggestion adds) supports no more than the signal's level, so accepting
 * a suggestion and then raising the level does not make the raise
 * evidence-backed.
 */
function linksBack(
  answer: { level: MaturityLevelNumber; evidence?: { url: string }[] },
  signal: EvidenceSignal | undefined,
): boolean {
  return (answer.evidence ?? []).some(
    link =>
      link.url !== '' &&
      !(signal && link.url === signal.url && signal.level < answer.level),
  );
}

/**
 * Measures answers against evidence signals (at most one per question, as
 * the evidence endpoint returns them). Each question answered with a level
 * is *evidence-backed* when its signal shows at least that level or the
 * answer carries an evidence link, else *self-reported*; it is
 * *above evidence* when its signal shows a lower level (a hint: the owner
 * may know more than the catalog). Unanswered questions with a signal, and
 * questions answered below their signal, are suggestions. N/A answers are
 * neither counted nor suggested. Answers and signals of questions the model
 * lacks are ignored.
 *
 * Pure and framework-free: the Maturity tab, the editor and the backend's
 * scorecard use the same rules.
 *
 * @public
 */
export function evidenceBacking(
  model: Pick<MaturityModel, 'questions'>,
  answers: AssessmentAnswers,
  signals: readonly EvidenceSignal[],
): EvidenceBacking {
  const signalOf = new Map<string, EvidenceSignal>();
  for (const signal of signals) {
    const known = signalOf.get(signal.questionId);
    if (!known || signal.level > known.level) {
      signalOf.set(signal.questionId, signal);
    }
  }

  const backing: EvidenceBacking = {
    answers: {},
    suggestions: [],
    answeredCount: 0,
    backedCount: 0,
    backedShare: null,
    higherLevelCount: 0,
  };
  for (const { id } of model.questions) {
    const answer = answers[id];
    const signal = signalOf.get(id);
    if (signal && isEvidenceSuggestion(answer, signal)) {
      backing.suggestions.push({
        questionId: id,
        signal,
        answeredLevel: answer && !isNotApplicable(answer) ? answer.level : null,
      });
    }
    if (!answer || isNotApplicable(answer)) continue;

    const backedBySignal = signal !== undefined && signal.level >= answer.level;
    const backedByLinks = linksBack(answer, signal);
    const backed = backedBySignal || backedByLinks;
    backing.answers[id] = {
      questionId: id,
      level: answer.level,
      status: backed ? 'evidence-backed' : 'self-reported',
      ...(signal && { signal }),
      backedBySignal,
      backedByLinks,
      aboveEvidence: signal !== undefined && signal.level < answer.level,
    };
    backing.answeredCount += 1;
    if (backed) backing.backedCount += 1;
    if (signal && signal.level > answer.level) backing.higherLevelCount += 1;
  }
  if (backing.answeredCount > 0) {
    backing.backedShare = backing.backedCount / backing.answeredCount;
  }
  return backing;
}
