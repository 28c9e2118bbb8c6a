import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  MaturityResult,
  MaturityTarget,
  nextBestActions,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';
import { AnswersToTarget } from './AnswersToTarget';

/**
 * The maturity target of a service: its level and title, whether the
 * current level meets it, how many levels below it is and which answers
 * would close the gap. Without a result (not assessed) it says the target
 * applies and that an assessment comes first.
 */
export function MaturityTargetCard(props: {
  target: MaturityTarget;
  /** The model the result was computed with. */
  model: MaturityModel;
  /** The current assessment's result; absent when not assessed. */
  result?: MaturityResult;
}) {
  const { target, model, result } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const targetLevel = String(target.level);
  const level = result?.level ?? null;
  // Met as the scorecard counts it: the headline level reaches the target.
  const met = level !== null && level >= target.level;
  const path =
    result && !met
      ? nextBestActions(model, result, target.level) ?? undefined
      : undefined;

  let description: string;
  if (!result) {
    description = t('maturityTarget.notAssessed', { target: targetLevel });
  } else if (level === null) {
    description = t('maturityTarget.notScored', { target: targetLevel });
  } else if (met) {
    description = t('maturityTarget.metDescription', {
      level: String(level),
      target: targetLevel,
    });
  } else {
    description = t('maturityTarget.gap', {
      count: target.level - level,
      level: String(level),
      target: targetLevel,
    });
  }

  return (
    <InfoCard
      title={t('maturityTarget.title')}
      subheader={target.title ?? t('maturityTarget.subheader')}
    >
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        <Box mr={2} data-testid="target-level">
          <LevelBadge
            level={target.level}
            name={levelName(model, target.level)}
            size="medium"
          />
        </Box>
        {result && (
          <Chip
            variant="outlined"
            icon={met ? <CheckCircleOutlineIcon /> : <ArrowDownwardIcon />}
            label={met ? t('maturityTarget.met') : t('maturityTarget.below')}
            style={{ margin: 0 }}
          />
        )}
      </Box>
      <Typography variant="body1" paragraph data-testid="target-description">
        {description}
      </Typography>
      {path && path.raises.length > 0 && (
        <AnswersToTarget model={model} path={path} />
      )}
    </InfoCard>
  );
}
