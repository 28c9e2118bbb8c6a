import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  MaturityResult,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../../format/formatScore';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';

/** The level's badge, the weighted score, and whether it is provisional. */
export function HeadlineScore(props: {
  result: MaturityResult;
  model: MaturityModel;
}) {
  const { result, model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
      <Box mr={2}>
        <LevelBadge
          level={result.level}
          name={levelName(model, result.level)}
          size="medium"
        />
      </Box>
      <Typography
        variant="h4"
        component="p"
        aria-label={t('maturityHeadline.weightedScore')}
      >
        {formatScore(result.score)} / 4
      </Typography>
      {!result.official && (
        <Box ml={2}>
          <Tooltip title={t('maturityHeadline.provisionalHint')}>
            <Chip
              label={t('maturityHeadline.provisional')}
              size="small"
              variant="outlined"
            />
          </Tooltip>
        </Box>
      )}
    </Box>
  );
}
