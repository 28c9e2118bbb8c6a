import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AnswerRaise,
  LevelPath,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { dimensionName, questionTitle } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { LevelBadge } from '../../shared/LevelBadge';

function descriptor(model: MaturityModel, questionId: string, level: number) {
  return model.questions.find(q => q.id === questionId)?.descriptors[level];
}

/**
 * The answers that close the gap to a target: the plan (nextBestActions),
 * how many answers and level steps it takes, each answer with what it says
 * now and what it would move to.
 */
export function AnswersToTarget(props: {
  model: MaturityModel;
  path: LevelPath;
}) {
  const { model, path } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const level = String(path.targetLevel);
  return (
    <>
      <Typography variant="h6" component="h3" gutterBottom>
        {t('maturityTarget.closingHeading', {
          level,
          answers: t('plan.answers', { count: path.answerCount }),
          steps: t('plan.levelSteps', { count: path.raiseCount }),
        })}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('maturityTarget.closingExplanation', { level })}
      </Typography>
      <CompactTable<AnswerRaise>
        ariaLabel={t('maturityTarget.ariaLabel')}
        rows={path.raises}
        rowKey={raise => raise.questionId}
        rowTestId="target-raise"
        columns={[
          {
            title: t('maturityTarget.question'),
            value: raise => questionTitle(model, raise.questionId),
            rowHeader: true,
          },
          {
            title: t('maturityTarget.dimension'),
            value: raise => dimensionName(model, raise.dimensionId),
          },
          {
            title: t('maturityTarget.now'),
            value: raise => (
              <>
                <LevelBadge level={raise.from} />{' '}
                {descriptor(model, raise.questionId, raise.from)}
              </>
            ),
          },
          {
            title: t('maturityTarget.raiseTo'),
            value: raise => (
              <>
                <LevelBadge level={raise.to} />{' '}
                {descriptor(model, raise.questionId, raise.to)}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
