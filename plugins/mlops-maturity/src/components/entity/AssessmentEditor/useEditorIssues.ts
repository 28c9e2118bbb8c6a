import {
  AnswerIssue,
  AssessmentAnswers,
  MaturityModel,
  computeScore,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useMemo } from 'react';
import { groupIssuesByQuestion } from './questionIssues';
import { unsavedQuestionIds } from './unsavedAnswers';

/**
 * What the editor derives from its answers: the live result, the questions
 * closing it would lose, and the issues to show, all and by question.
 */
export function useEditorIssues(
  model: MaturityModel,
  state: {
    answers: AssessmentAnswers;
    storedAnswers: AssessmentAnswers;
    attempt: 'save' | 'submit' | undefined;
    serverIssues: AnswerIssue[];
  },
) {
  const { answers, storedAnswers, attempt, serverIssues } = state;
  const questionIds = useMemo(() => model.questions.map(q => q.id), [model]);
  const unsaved = useMemo(
    () => unsavedQuestionIds(storedAnswers, answers),
    [storedAnswers, answers],
  );
  const result = useMemo(() => computeScore(model, answers), [model, answers]);
  const liveIssues = useMemo(
    () => validateAnswers(model, answers),
    [model, answers],
  );
  const attemptIssues = useMemo(() => {
    if (attempt === 'submit') {
      return validateAnswers(model, answers, { requireComplete: true });
    }
    return attempt === 'save' ? liveIssues : [];
  }, [attempt, model, answers, liveIssues]);
  const shownIssues = useMemo(
    () => [...attemptIssues, ...serverIssues],
    [attemptIssues, serverIssues],
  );

  // Stable, so that unchanged questions skip re-rendering.
  const shownByQuestion = useMemo(
    () => groupIssuesByQuestion(shownIssues, questionIds),
    [shownIssues, questionIds],
  );
  const liveByQuestion = useMemo(
    () => groupIssuesByQuestion(liveIssues, questionIds),
    [liveIssues, questionIds],
  );
  return {
    unsaved,
    result,
    liveIssues,
    shownIssues,
    shownByQuestion,
    liveByQuestion,
  };
}
