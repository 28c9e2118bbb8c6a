import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  VerificationAction,
  VerifiedLevelPath,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { questionTitle } from '../../../format/modelNames';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';

/** "“Model registry” reviewed at L3", "the exemption of … approved". */
function verificationText(
  action: VerificationAction,
  model: MaturityModel,
  t: MlopsMaturityTranslation,
): string {
  const question = questionTitle(model, action.questionId);
  const level = String(action.claimed);
  switch (action.kind) {
    case 'review':
      return t('answersToNextVerifiedLevel.review', { question, level });
    case 'reconfirm':
      return t('answersToNextVerifiedLevel.reconfirm', { question, level });
    case 'approve-exemption':
      return t('answersToNextVerifiedLevel.approveExemption', { question });
    default:
      return t('answersToNextVerifiedLevel.renewExemption', { question });
  }
}

/**
 * "To verified Level 3, 2 actions: raise …; have … reviewed": the plan to
 * the next verified level (raises of the claim, then verifications), beside
 * the plan to the next claimed level.
 */
export function AnswersToNextVerifiedLevel(props: {
  model: MaturityModel;
  path: VerifiedLevelPath | null;
}) {
  const { model, path } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (!path || path.actionCount === 0) return null;
  const level = String(path.targetLevel);
  const parts: string[] = [];
  if (path.raises.length > 0) {
    const raises = path.raises.map(r =>
      t('answersToNextLevel.raise', {
        question: questionTitle(model, r.questionId),
        from: String(r.from),
        to: String(r.to),
      }),
    );
    parts.push(
      t('answersToNextVerifiedLevel.raises', { raises: raises.join(', ') }),
    );
  }
  if (path.verifications.length > 0) {
    const verifications = path.verifications.map(a =>
      verificationText(a, model, t),
    );
    parts.push(
      t('answersToNextVerifiedLevel.verifications', {
        verifications: verifications.join(', '),
      }),
    );
  }
  return (
    <Typography
      variant="body1"
      paragraph
      data-testid="answers-to-next-verified-level"
    >
      <strong>
        {t('answersToNextVerifiedLevel.heading', {
          level,
          count: path.actionCount,
        })}
      </strong>{' '}
      {parts.join('; ')}.{' '}
      <Typography component="span" variant="body2" color="textSecondary">
        {t('answersToNextVerifiedLevel.explanation')}
      </Typography>
    </Typography>
  );
}
