import { InfoCard } from '@backstage/core-components';
import {
  MaturityModel,
  MaturityResult,
  nextLevelRoadmap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { RoadmapQuestionGaps } from './RoadmapQuestionGaps';
import { RoadmapSteps } from './RoadmapSteps';

function Fact(props: { label: string; value?: string }) {
  if (!props.value) return null;
  return (
    <Grid item xs={12} sm={6} md={3}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body2">{props.value}</Typography>
    </Grid>
  );
}

/**
 * What to do to reach the next level: the transition's goal and effort, its
 * initiatives (the weakest dimension's first) and the questions answered
 * below the next level.
 */
export function NextLevelRoadmapCard(props: {
  model: MaturityModel;
  result: MaturityResult;
}) {
  const { model, result } = props;
  const topLevel = model.levels.find(l => l.level === 4);

  if (result.level === 4) {
    return (
      <InfoCard title="Roadmap">
        <Typography>
          This service is at Level 4{topLevel ? ` (${topLevel.name})` : ''}, the
          top of the model. Keep the practices in place and watch the weakest
          dimension and the gated level.
        </Typography>
      </InfoCard>
    );
  }

  const roadmap = nextLevelRoadmap(model, result);
  if (!roadmap) return null;
  const target = model.levels.find(l => l.level === roadmap.targetLevel);
  const { transition } = roadmap;

  return (
    <InfoCard
      title={`Roadmap to Level ${roadmap.targetLevel}${
        target ? ` (${target.name})` : ''
      }`}
      subheader={transition?.goal}
    >
      {transition && (
        <Grid container spacing={2}>
          <Fact label="Duration" value={transition.duration} />
          <Fact label="Investment" value={transition.investment} />
          <Fact label="Team" value={transition.team} />
        </Grid>
      )}
      <Box mt={2}>
        <Typography variant="h6" gutterBottom>
          Initiatives
        </Typography>
        {roadmap.steps.length > 0 ? (
          <RoadmapSteps steps={roadmap.steps} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            The model has no initiatives for this transition.
          </Typography>
        )}
      </Box>
      <Box mt={3}>
        <Typography variant="h6" gutterBottom>
          Questions below Level {roadmap.targetLevel}
        </Typography>
        {roadmap.questionGaps.length > 0 ? (
          <RoadmapQuestionGaps model={model} gaps={roadmap.questionGaps} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            Every applicable answer is already at Level {roadmap.targetLevel} or
            above; raising the weakest dimension lifts the score.
          </Typography>
        )}
      </Box>
    </InfoCard>
  );
}
