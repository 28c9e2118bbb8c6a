import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelDistributionChart } from '../../shared/LevelDistributionChart';

/**
 * Services per level, or per verified level: one chart with a switch
 * between the two, so the overview keeps its height (the ranking starts in
 * the first screen). A backend without the verified level leaves it
 * undefined: then only the claimed levels, without the switch.
 */
export function LevelDistributions(props: {
  levelDistribution: ScorecardSummaryResponse['levelDistribution'];
  verifiedLevelDistribution?: ScorecardSummaryResponse['verifiedLevelDistribution'];
  /** The verified figures shown with the verified distribution. */
  summary: Pick<
    ScorecardSummaryResponse['summary'],
    'meanVerifiedScore' | 'verifiedBelowClaimedCount'
  >;
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [shown, setShown] = useState<'claimed' | 'verified'>('claimed');
  const verified =
    shown === 'verified' ? props.verifiedLevelDistribution : undefined;
  const choice = (value: 'claimed' | 'verified', label: string) => (
    <Chip
      size="small"
      label={label}
      clickable
      color={shown === value ? 'primary' : 'default'}
      variant={shown === value ? 'default' : 'outlined'}
      aria-pressed={shown === value}
      onClick={() => setShown(value)}
      style={{ marginLeft: 8 }}
    />
  );
  return (
    <>
      <Box display="flex" alignItems="center" flexWrap="wrap">
        <Typography variant="overline" color="textSecondary" component="div">
          {verified
            ? t('scorecardVerified.servicesPerLevel')
            : t('scorecardSummary.servicesPerLevel')}
        </Typography>
        {props.verifiedLevelDistribution && (
          <Box ml="auto" data-testid="level-distribution-switch">
            {choice('claimed', t('scorecardVerified.claimedChoice'))}
            {choice('verified', t('scorecardVerified.verifiedChoice'))}
          </Box>
        )}
      </Box>
      {verified ? (
        <LevelDistributionChart
          distribution={{
            levels: verified.levels,
            notAssessed: verified.notComputed + verified.notAssessed,
          }}
          model={props.model}
          none={{
            label: t('scorecardVerified.noneColumn'),
            description: t('scorecardVerified.none'),
          }}
          ariaLabel={t('scorecardVerified.servicesPerLevel')}
          barTestId="verified-level-distribution-bar"
        />
      ) : (
        <LevelDistributionChart
          distribution={props.levelDistribution}
          model={props.model}
        />
      )}
      {verified && (
        <Typography variant="caption" color="textSecondary" component="p">
          {t('scorecardVerified.meanScoreLine', {
            score: formatScore(props.summary.meanVerifiedScore ?? null),
            count: props.summary.verifiedBelowClaimedCount ?? 0,
          })}
        </Typography>
      )}
    </>
  );
}
