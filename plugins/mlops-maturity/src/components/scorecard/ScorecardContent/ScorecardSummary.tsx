import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../../format/formatScore';
import { formatPercent, formatShare } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LevelDistributionChart } from '../../shared/LevelDistributionChart';
import { StatTile } from '../../shared/StatTile';

/** Counts, mean score, staleness and the level distribution of the view. */
export function ScorecardSummary(props: {
  response: ScorecardSummaryResponse;
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { summary, levelDistribution } = props.response;
  // A backend without the fields yet leaves them undefined.
  const higher = summary.evidenceSuggestsHigherCount ?? 0;
  let evidenceHint: string | undefined;
  if (summary.evidenceShare !== null && summary.evidenceShare !== undefined) {
    evidenceHint =
      higher > 0
        ? t('scorecardSummary.evidenceBackedHigherHint', { count: higher })
        : t('scorecardSummary.evidenceBackedHint');
  }
  return (
    <InfoCard
      title={t('scorecardSummary.title')}
      subheader={t('scorecardSummary.subheader')}
    >
      <Grid container spacing={2}>
        <Grid item xs={12} md={7}>
          <Grid container spacing={2}>
            <StatTile
              fourFrom="md"
              label={t('scorecardSummary.services')}
              value={String(summary.serviceCount)}
            />
            <StatTile
              fourFrom="md"
              label={t('scorecardSummary.assessed')}
              value={formatShare(summary.assessedCount, summary.serviceCount)}
              hint={t('scorecardSummary.assessedHint', {
                assessed: String(summary.assessedCount),
                total: String(summary.serviceCount),
              })}
            />
            <StatTile
              fourFrom="md"
              label={t('scorecardSummary.meanScore')}
              value={formatScore(summary.meanScore)}
              hint={t('scorecardSummary.meanScoreHint')}
            />
            <StatTile
              fourFrom="md"
              label={t('scorecardSummary.stale')}
              value={formatShare(summary.staleCount, summary.assessedCount)}
              hint={t('scorecardSummary.staleHint', {
                stale: String(summary.staleCount),
                assessed: String(summary.assessedCount),
              })}
            />
            <StatTile
              fourFrom="md"
              label={t('scorecardSummary.evidenceBacked')}
              value={formatPercent(summary.evidenceShare)}
              hint={evidenceHint}
            />
          </Grid>
        </Grid>
        <Grid item xs={12} md={5}>
          <Box>
            <Typography variant="overline" color="textSecondary">
              {t('scorecardSummary.servicesPerLevel')}
            </Typography>
            <LevelDistributionChart
              distribution={levelDistribution}
              model={props.model}
            />
          </Box>
        </Grid>
      </Grid>
    </InfoCard>
  );
}
