import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { RoadmapTransition } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';

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

/** The whole transition's duration, investment and team. */
export function TransitionFacts(props: {
  transition: Pick<RoadmapTransition, 'duration' | 'investment' | 'team'>;
}) {
  const { transition } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      <Box mt={3}>
        <Typography variant="h6" gutterBottom>
          {t('nextLevelRoadmap.wholeRoadmap')}
        </Typography>
      </Box>
      <Grid container spacing={2}>
        <Fact
          label={t('nextLevelRoadmap.duration')}
          value={transition.duration}
        />
        <Fact
          label={t('nextLevelRoadmap.investment')}
          value={transition.investment}
        />
        <Fact label={t('nextLevelRoadmap.team')} value={transition.team} />
      </Grid>
    </>
  );
}
