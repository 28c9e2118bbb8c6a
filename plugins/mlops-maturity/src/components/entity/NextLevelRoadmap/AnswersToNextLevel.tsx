import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  LevelPath,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { questionTitle } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * "3 answers, 5 level steps from Level 3: …": the plan to the next level
 * (nextBestActions), the first actions first.
 */
export function AnswersToNextLevel(props: {
  model: MaturityModel;
  path: LevelPath;
}) {
  const { model, path } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (path.raiseCount === 0) return null;
  const level = String(path.targetLevel);
  const raises = path.raises.map(r =>
    t('answersToNextLevel.raise', {
      question: questionTitle(model, r.questionId),
      from: String(r.from),
      to: String(r.to),
    }),
  );
  return (
    <Typography variant="body1" paragraph data-testid="answers-to-next-level">
      <strong>
        {t('answersToNextLevel.heading', {
          level,
          answers: t('plan.answers', { count: path.answerCount }),
          steps: t('plan.levelSteps', { count: path.raiseCount }),
        })}
      </strong>{' '}
      {t('answersToNextLevel.raises', { raises: raises.join(', ') })}{' '}
      <Typography component="span" variant="body2" color="textSecondary">
        {t('answersToNextLevel.explanation', { level })}
      </Typography>
    </Typography>
  );
}
