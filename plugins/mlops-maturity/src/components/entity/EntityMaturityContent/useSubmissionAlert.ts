import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevelNumber,
  MaturityModel,
  MaturityResult,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { formatScore } from '../../../format/formatScore';
import { useSuccessNotice } from '../../../hooks/useSuccessNotice';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * Tells the owner, once a submission is stored, what it changed: the level
 * and score before and after, and how far the next level now is (the same
 * plan the tab shows), through {@link useSuccessNotice}.
 */
export function useSubmissionAlert() {
  const notify = useSuccessNotice();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);

  const change = (
    before: MaturityResult | undefined,
    after: MaturityResult,
  ) => {
    const level = String(after.level);
    const score = formatScore(after.score);
    if (!before || before.level === null || before.score === null) {
      return t('submission.first', { level, score });
    }
    const delta = after.score! - before.score;
    const sign = delta < 0 ? '−' : '+';
    return t('submission.changed', {
      from: String(before.level),
      to: level,
      scoreFrom: formatScore(before.score),
      scoreTo: score,
      delta: `${sign}${formatScore(Math.abs(delta))}`,
    });
  };

  const distance = (model: MaturityModel, after: MaturityResult) => {
    if (after.level === 4) return t('submission.top');
    const next = (after.level! + 1) as MaturityLevelNumber;
    const plan = nextBestActions(model, after, next)!;
    return t('submission.distance', {
      level: String(next),
      answers: t('plan.answers', { count: plan.answerCount }),
      steps: t('plan.levelSteps', { count: plan.raiseCount }),
    });
  };

  return (
    model: MaturityModel,
    before: MaturityResult | undefined,
    after: MaturityResult,
  ) => {
    const description =
      after.level === null || after.score === null
        ? t('submission.unscored')
        : `${change(before, after)} ${distance(model, after)}`;
    notify(t('submission.title'), description);
  };
}
