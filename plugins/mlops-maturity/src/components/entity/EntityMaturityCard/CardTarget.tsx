import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevelNumber,
  MaturityModel,
  MaturityTarget,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { CardFact } from './CardFact';

/**
 * The target that applies and, for an assessed service, whether its level
 * meets it (as the scorecard counts it: the level reaches the target).
 */
export function CardTarget(props: {
  model: MaturityModel;
  target: MaturityTarget | null;
  /** The current level; undefined when not assessed. */
  level?: MaturityLevelNumber | null;
}) {
  const { model, target, level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (!target) {
    return (
      <CardFact label={t('entityMaturityCard.target')} testId="card-target">
        {t('entityMaturityCard.noTarget')}
      </CardFact>
    );
  }
  const met = level !== undefined && level !== null && level >= target.level;
  const Icon = met ? CheckCircleOutlineIcon : ArrowDownwardIcon;
  return (
    <CardFact label={t('entityMaturityCard.target')} testId="card-target">
      <Box display="flex" alignItems="center" flexWrap="wrap">
        <Box mr={1}>
          <LevelBadge
            level={target.level}
            name={levelName(model, target.level)}
          />
        </Box>
        {level !== undefined && (
          <>
            <Icon fontSize="small" color={met ? 'primary' : 'error'} />
            <Typography variant="body2" component="span">
              &nbsp;
              {met
                ? t('entityMaturityCard.targetMet')
                : t('entityMaturityCard.targetBelow')}
            </Typography>
          </>
        )}
      </Box>
      {target.title && (
        <Typography variant="caption" color="textSecondary" component="div">
          {target.title}
        </Typography>
      )}
    </CardFact>
  );
}
