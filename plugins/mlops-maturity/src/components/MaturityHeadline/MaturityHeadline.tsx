import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { formatScore } from '../../format/formatScore';
import { LevelBadge } from '../LevelBadge';
import { Timestamp } from '../Timestamp';
import { levelName } from '../../format/modelNames';

function Fact(props: { label: string; hint?: string; children: ReactNode }) {
  const label = (
    <Typography variant="overline" color="textSecondary" component="div">
      {props.label}
    </Typography>
  );
  return (
    <Grid item xs={12} sm={6}>
      {props.hint ? <Tooltip title={props.hint}>{label}</Tooltip> : label}
      <Typography variant="body1" component="div">
        {props.children}
      </Typography>
    </Grid>
  );
}

/**
 * The headline of an entity's current assessment: level, weighted score,
 * gated level, weakest dimension, who updated it and when, staleness.
 */
export function MaturityHeadline(props: {
  assessment: CurrentAssessment;
  /** The model the assessment was answered against. */
  model: MaturityModel;
  /** The active model, to say when the assessment predates it. */
  activeModel?: MaturityModel;
}) {
  const { assessment, model, activeModel } = props;
  const { result } = assessment;
  const weakest = result.dimensions.find(
    d => d.dimensionId === result.weakestDimensionId,
  );
  const outdatedModel =
    activeModel &&
    (activeModel.id !== assessment.modelId ||
      activeModel.version !== assessment.modelVersion);

  return (
    <InfoCard
      title="Maturity level"
      subheader={`Revision ${assessment.revision}`}
    >
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        <Box mr={2}>
          <LevelBadge
            level={result.level}
            name={levelName(model, result.level)}
            size="medium"
          />
        </Box>
        <Typography variant="h4" component="p" aria-label="Weighted score">
          {formatScore(result.score)} / 4
        </Typography>
        {!result.official && (
          <Box ml={2}>
            <Tooltip title="Not every question has an answer, so this result is not official.">
              <Chip label="Provisional" size="small" variant="outlined" />
            </Tooltip>
          </Box>
        )}
      </Box>
      {assessment.stale && (
        <Box mb={2}>
          <Alert severity="warning">
            This assessment is stale: it is older than{' '}
            {assessment.staleAfterDays} days. Ask the owners to review it.
          </Alert>
        </Box>
      )}
      <Grid container spacing={2}>
        <Fact
          label="Gated level"
          hint="The highest level every dimension reaches: a chain is as strong as its weakest link."
        >
          <span data-testid="gated-level">
            <LevelBadge
              level={result.gatedLevel}
              name={levelName(model, result.gatedLevel)}
            />
          </span>
        </Fact>
        <Fact
          label="Weakest dimension"
          hint="The principal gap: the lowest dimension average."
        >
          <span data-testid="weakest-dimension">
            {weakest
              ? `${weakest.name} (average ${formatScore(weakest.average)})`
              : '–'}
          </span>
        </Fact>
        <Fact label="Last updated">
          <EntityRefLink entityRef={assessment.author} defaultKind="User" />{' '}
          <Timestamp value={assessment.createdAt} />
        </Fact>
        <Fact label="Model">
          {model.name} {assessment.modelVersion}
          {outdatedModel && (
            <Typography variant="body2" color="textSecondary">
              The active model is {activeModel!.version}; the next update is
              scored against it.
            </Typography>
          )}
        </Fact>
      </Grid>
    </InfoCard>
  );
}
