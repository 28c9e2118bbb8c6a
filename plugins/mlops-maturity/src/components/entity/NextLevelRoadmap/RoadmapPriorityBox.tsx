import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  RoadmapPriority,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { RoadmapQuestionGaps } from './RoadmapQuestionGaps';

/** Where to start: the first phase with work left, and its questions. */
export function RoadmapPriorityBox(props: {
  model: MaturityModel;
  priority: RoadmapPriority;
}) {
  const { model, priority } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box mt={2} data-testid="roadmap-priority">
      <Typography variant="h6" gutterBottom>
        {t('nextLevelRoadmap.startWith', {
          phase: priority.phase,
          timeframe: priority.timeframe,
        })}
      </Typography>
      <Typography variant="body2" paragraph>
        {priority.steps.map(step => step.name).join(' · ')}
      </Typography>
      {priority.questionGaps.length > 0 && (
        <RoadmapQuestionGaps model={model} gaps={priority.questionGaps} />
      )}
    </Box>
  );
}
