import {
  ANSWER_LIMITS,
  AssessmentAnswer,
  AssessmentAnswers,
  EvidenceLink,
  EvidenceSignal,
  MaturityLevelNumber,
  MaturityModel,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The parts of an answer that survive switching between a level and N/A. */
function extras(answer: AssessmentAnswer | undefined) {
  const kept: { note?: string; evidence?: EvidenceLink[] } = {};
  if (answer?.note !== undefined) kept.note = answer.note;
  if (answer?.evidence !== undefined) kept.evidence = answer.evidence;
  return kept;
}

/** Picks a level for a question, keeping its note and evidence. */
export function chooseLevel(
  answers: AssessmentAnswers,
  questionId: string,
  level: MaturityLevelNumber,
): AssessmentAnswers {
  return {
    ...answers,
    [questionId]: { level, ...extras(answers[questionId]) },
  };
}

/**
 * Accepts an evidence signal as a question's answer: its level, and the
 * signal as an evidence link when it has a URL (unless the answer links it
 * already, or has no room for another link). The note is kept, and so are
 * the links already there.
 */
export function acceptSignal(
  answers: AssessmentAnswers,
  questionId: string,
  signal: EvidenceSignal,
): AssessmentAnswers {
  const chosen = chooseLevel(answers, questionId, signal.level);
  const answer = chosen[questionId];
  const links = answer.evidence ?? [];
  if (
    !signal.url ||
    links.some(link => link.url === signal.url) ||
    links.length >= ANSWER_LIMITS.evidenceMaxItems
  ) {
    return chosen;
  }
  return setEvidence(chosen, questionId, [
    ...links,
    { title: signal.title, url: signal.url },
  ]);
}

/** Marks a question not applicable; the reason starts empty. */
export function chooseNotApplicable(
  answers: AssessmentAnswers,
  questionId: string,
): AssessmentAnswers {
  const previous = answers[questionId];
  const reason = previous && isNotApplicable(previous) ? previous.reason : '';
  return {
    ...answers,
    [questionId]: { notApplicable: true, reason, ...extras(previous) },
  };
}

/** Sets the N/A reason of a question that is marked not applicable. */
export function setReason(
  answers: AssessmentAnswers,
  questionId: string,
  reason: string,
): AssessmentAnswers {
  const previous = answers[questionId];
  if (!previous || !isNotApplicable(previous)) return answers;
  return { ...answers, [questionId]: { ...previous, reason } };
}

/** Sets the note of an answered question; an empty note is removed. */
export function setNote(
  answers: AssessmentAnswers,
  questionId: string,
  note: string,
): AssessmentAnswers {
  const previous = answers[questionId];
  if (!previous) return answers;
  const { note: _old, ...rest } = previous;
  return {
    ...answers,
    [questionId]: (note === '' ? rest : { ...rest, note }) as AssessmentAnswer,
  };
}

/** Sets the evidence links of an answered question; none removes the list. */
export function setEvidence(
  answers: AssessmentAnswers,
  questionId: string,
  evidence: EvidenceLink[],
): AssessmentAnswers {
  const previous = answers[questionId];
  if (!previous) return answers;
  const { evidence: _old, ...rest } = previous;
  return {
    ...answers,
    [questionId]: (evidence.length === 0
      ? rest
      : { ...rest, evidence }) as AssessmentAnswer,
  };
}

/**
 * Keeps only the answers to questions the model has: answers loaded from a
 * revision or draft of another model version may name questions that no
 * longer exist, and the backend rejects those.
 */
export function answersForModel(
  model: MaturityModel,
  answers: AssessmentAnswers,
): { answers: AssessmentAnswers; droppedQuestionIds: string[] } {
  const known = new Set(model.questions.map(q => q.id));
  const kept: AssessmentAnswers = {};
  const droppedQuestionIds: string[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    if (known.has(questionId)) kept[questionId] = answer;
    else droppedQuestionIds.push(questionId);
  }
  return { answers: kept, droppedQuestionIds };
}

/** Applies an edit of one question's answer to all answers. */
export type AnswerEditor = (
  questionId: string,
  change: (answers: AssessmentAnswers) => AssessmentAnswers,
) => void;
