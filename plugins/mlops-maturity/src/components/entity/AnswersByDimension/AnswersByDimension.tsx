import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentAnswers,
  DimensionResult,
  EntityVerificationResponse,
  EvidenceBacking,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { formatScore } from '../../../format/formatScore';
import { formatWeight } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AnswerView } from './AnswerView';

/**
 * Every question of the model, grouped by dimension, with its answer and,
 * when `evidence` is given, whether the answer is evidence-backed.
 */
export function AnswersByDimension(props: {
  model: MaturityModel;
  answers: AssessmentAnswers;
  dimensions?: DimensionResult[];
  evidence?: EvidenceBacking;
  /** Where each answer stands in the verification; none shows no flags. */
  verification?: EntityVerificationResponse;
}) {
  const { model, answers, dimensions = [], evidence, verification } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <InfoCard title={t('answersByDimension.title')}>
      {model.dimensions.map((dimension, index) => {
        const result = dimensions.find(d => d.dimensionId === dimension.id);
        return (
          <Box
            key={dimension.id}
            component="section"
            aria-label={dimension.name}
            mt={index === 0 ? 0 : 3}
          >
            <Typography variant="h6">{dimension.name}</Typography>
            <Typography variant="body2" color="textSecondary">
              {result
                ? t('answersByDimension.weightAndAverage', {
                    weight: formatWeight(dimension.weight),
                    average: formatScore(result.average),
                  })
                : t('answersByDimension.weight', {
                    weight: formatWeight(dimension.weight),
                  })}
            </Typography>
            {model.questions
              .filter(q => q.dimensionId === dimension.id)
              .map((question, i) => (
                <Fragment key={question.id}>
                  {i > 0 && <Divider />}
                  <AnswerView
                    question={question}
                    answer={answers[question.id]}
                    backing={evidence?.answers[question.id]}
                    verification={verification}
                  />
                </Fragment>
              ))}
          </Box>
        );
      })}
    </InfoCard>
  );
}
