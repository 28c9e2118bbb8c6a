import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  MaturityResult,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { formatScore } from '../../../format/formatScore';
import { LevelBadge } from '../../shared/LevelBadge';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';

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
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const weakest = model.dimensions.find(
    d => d.id === result.weakestDimensionId,
  );
  return (
    <Paper variant="outlined" aria-label={t('livePreview.ariaLabel')}>
      <Box p={2} display="flex" flexWrap="wrap" alignItems="flex-start">
        <Item label={t('livePreview.previewLevel')} testId="preview-level">
          <LevelBadge
            level={result.level}
            name={levelName(model, result.level)}
          />
        </Item>
        <Item label={t('livePreview.score')} testId="preview-score">
          {formatScore(result.score)} / 4
        </Item>
        <Item label={t('livePreview.gatedLevel')} testId="preview-gated-level">
          {result.gatedLevel === null
            ? '–'
            : t('livePreview.gatedLevelValue', {
                level: String(result.gatedLevel),
              })}
        </Item>
        <Item
          label={t('livePreview.weakestDimension')}
          testId="preview-weakest"
        >
          {weakest?.name ??
            (result.score === null ? '–' : t('livePreview.noWeakestDimension'))}
        </Item>
        <Item label={t('livePreview.answered')} testId="preview-answered">
          {t('livePreview.answeredValue', {
            answered: String(result.completeness.answered),
            total: String(result.completeness.total),
          })}
        </Item>
        {!result.official && (
          <Chip
            label={t('livePreview.provisional')}
            variant="outlined"
            size="small"
            title={t('livePreview.provisionalHint')}
          />
        )}
      </Box>
    </Paper>
  );
}
