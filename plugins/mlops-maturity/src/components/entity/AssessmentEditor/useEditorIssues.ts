import {
  AnswerIssue,
  AssessmentAnswers,
  MaturityModel,
  computeScore,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useMemo } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { readableIssue } from './readableIssue';
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
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const questionIds = useMemo(() => model.questions.map(q => q.id), [model]);
  const unsaved = useMemo(
    () => unsavedQuestionIds(storedAnswers, answers),
    [storedAnswers, answers],
  );
  const result = useMemo(() => computeScore(model, answers), [model, answers]);
  // Issues in sentences a person reads (the API's path-and-problem
  // message stays for the issues that carry no code).
  const liveIssues = useMemo(
    () => validateAnswers(model, answers).map(i => readableIssue(i, t)),
    [model, answers, t],
  );
  const attemptIssues = useMemo(() => {
    if (attempt === 'submit') {
      return validateAnswers(model, answers, { requireComplete: true }).map(i =>
        readableIssue(i, t),
      );
    }
    return attempt === 'save' ? liveIssues : [];
  }, [attempt, model, answers, liveIssues, t]);
  const shownIssues = useMemo(
    () => [...attemptIssues, ...serverIssues.map(i => readableIssue(i, t))],
    [attemptIssues, serverIssues, t],
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
