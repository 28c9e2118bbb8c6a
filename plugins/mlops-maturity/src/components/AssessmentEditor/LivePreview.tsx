import {
  MaturityModel,
  MaturityResult,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { formatScore } from '../../format/formatScore';
import { LevelBadge } from '../LevelBadge';
import { levelName } from '../../format/modelNames';

function Item(props: { label: string; children: ReactNode; testId: string }) {
  return (
    <Box mr={4} mb={1}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body1" component="div" data-testid={props.testId}>
        {props.children}
      </Typography>
    </Box>
  );
}

/**
 * The result the answers would get, recomputed on every change with the same
 * `computeScore` the backend uses; provisional until every question is
 * answered.
 */
export function LivePreview(props: {
  model: MaturityModel;
  result: MaturityResult;
}) {
  const { model, result } = props;
  const weakest = model.dimensions.find(
    d => d.id === result.weakestDimensionId,
  );
  return (
    <Paper variant="outlined" aria-label="Live preview">
      <Box p={2} display="flex" flexWrap="wrap" alignItems="flex-start">
        <Item label="Preview level" testId="preview-level">
          <LevelBadge
            level={result.level}
            name={levelName(model, result.level)}
          />
        </Item>
        <Item label="Score" testId="preview-score">
          {formatScore(result.score)} / 4
        </Item>
        <Item label="Gated level" testId="preview-gated-level">
          {result.gatedLevel === null ? '–' : `L${result.gatedLevel}`}
        </Item>
        <Item label="Weakest dimension" testId="preview-weakest">
          {weakest?.name ??
            (result.score === null
              ? '–'
              : 'None: every dimension has the same average')}
        </Item>
        <Item label="Answered" testId="preview-answered">
          {result.completeness.answered} of {result.completeness.total}
        </Item>
        {!result.official && (
          <Chip
            label="Provisional"
            variant="outlined"
            size="small"
            title="Not every question has an answer, or a dimension has only N/A answers"
          />
        )}
      </Box>
    </Paper>
  );
}
