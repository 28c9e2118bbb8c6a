import {
  AssessmentAnswer,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlopsMaturityTranslation } from '../translation';

/** A short text for an answer, with the chosen descriptor, in the wording of `t`. */
export function describeAnswer(
  answer: AssessmentAnswer | undefined,
  question: MaturityQuestion | undefined,
  t: MlopsMaturityTranslation,
): string {
  if (!answer) return t('answerDescription.notAnswered');
  if (isNotApplicable(answer)) {
    return t('answerDescription.notApplicable', { reason: answer.reason });
  }
  const level = String(answer.level);
  const descriptor = question?.descriptors[answer.level];
  return descriptor
    ? t('answerDescription.levelWithDescriptor', { level, descriptor })
    : t('answerDescription.level', { level });
}
