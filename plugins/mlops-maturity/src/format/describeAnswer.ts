import {
  AssessmentAnswer,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlopsMaturityTranslation } from '../translation';

/**
 * A short text for an answer, with the chosen descriptor, in the wording of
 * `t`. Without `t` it is the shipped English: the assessment editor calls it
 * that way until it reads the translation ref too.
 */
export function describeAnswer(
  answer: AssessmentAnswer | undefined,
  question: MaturityQuestion | undefined,
  t?: MlopsMaturityTranslation,
): string {
  if (!answer) {
    return t ? t('answerDescription.notAnswered') : 'Not answered';
  }
  if (isNotApplicable(answer)) {
    return t
      ? t('answerDescription.notApplicable', { reason: answer.reason })
      : `N/A: ${answer.reason}`;
  }
  const level = String(answer.level);
  const descriptor = question?.descriptors[answer.level];
  if (!t) return descriptor ? `L${level}: ${descriptor}` : `L${level}`;
  return descriptor
    ? t('answerDescription.levelWithDescriptor', { level, descriptor })
    : t('answerDescription.level', { level });
}
