import { InfoCard } from '@backstage/core-components';
import {
  MaturityLevelNumber,
  MaturityModel,
  ScorecardResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../format/formatScore';
import { formatShare } from '../../format/formatShare';
import { LevelDistributionChart } from '../LevelDistributionChart';

function Stat(props: { label: string; value: string; hint?: string }) {
  return (
    <Grid item xs={6} md={3}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="h4" component="p" aria-label={props.label}>
        {props.value}
      </Typography>
      {props.hint && (
        <Typography variant="caption" color="textSecondary">
          {props.hint}
        </Typography>
      )}
    </Grid>
  );
}

/** Counts, mean score, staleness and the level distribution of the view. */
export function ScorecardSummary(props: {
  response: ScorecardResponse;
  model?: MaturityModel;
}) {
  const { summary, levelDistribution } = props.response;
  const levelNames = Object.fromEntries(
    (props.model?.levels ?? []).map(l => [l.level, l.name]),
  ) as Partial<Record<MaturityLevelNumber, string>>;
  return (
    <InfoCard
      title="Overview"
      subheader="For the services matching the filters"
    >
      <Grid container spacing={2}>
        <Grid item xs={12} md={7}>
          <Grid container spacing={2}>
            <Stat label="ML services" value={String(summary.serviceCount)} />
            <Stat
              label="Assessed"
              value={formatShare(summary.assessedCount, summary.serviceCount)}
              hint={`${summary.assessedCount} of ${summary.serviceCount}`}
            />
            <Stat
              label="Mean score"
              value={formatScore(summary.meanScore)}
              hint="of 4, over assessed services"
            />
            <Stat
              label="Stale"
              value={formatShare(summary.staleCount, summary.assessedCount)}
              hint={`${summary.staleCount} of ${summary.assessedCount} assessed`}
            />
          </Grid>
        </Grid>
        <Grid item xs={12} md={5}>
          <Box>
            <Typography variant="overline" color="textSecondary">
              Services per level
            </Typography>
            <LevelDistributionChart
              distribution={levelDistribution}
              levelNames={levelNames}
            />
          </Box>
        </Grid>
      </Grid>
    </InfoCard>
  );
}
