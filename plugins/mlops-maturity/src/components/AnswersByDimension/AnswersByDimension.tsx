import { InfoCard } from '@backstage/core-components';
import {
  AssessmentAnswers,
  DimensionResult,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { Fragment } from 'react';
import { formatScore } from '../../format/formatScore';
import { formatWeight } from '../../format/formatShare';
import { AnswerView } from './AnswerView';

/** Every question of the model, grouped by dimension, with its answer. */
export function AnswersByDimension(props: {
  model: MaturityModel;
  answers: AssessmentAnswers;
  dimensions?: DimensionResult[];
}) {
  const { model, answers, dimensions = [] } = props;
  return (
    <InfoCard title="Answers">
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
              Weight {formatWeight(dimension.weight)}
              {result && ` · average ${formatScore(result.average)}`}
            </Typography>
            {model.questions
              .filter(q => q.dimensionId === dimension.id)
              .map((question, i) => (
                <Fragment key={question.id}>
                  {i > 0 && <Divider />}
                  <AnswerView
                    question={question}
                    answer={answers[question.id]}
                  />
                </Fragment>
              ))}
          </Box>
        );
      })}
    </InfoCard>
  );
}
