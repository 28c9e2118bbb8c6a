import {
  AssessmentAnswer,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A short text for an answer, with the chosen descriptor. */
export function describeAnswer(
  answer: AssessmentAnswer | undefined,
  question: MaturityQuestion | undefined,
): string {
  if (!answer) return 'Not answered';
  if (isNotApplicable(answer)) return `N/A: ${answer.reason}`;
  const descriptor = question?.descriptors[answer.level];
  return descriptor ? `L${answer.level}: ${descriptor}` : `L${answer.level}`;
}
