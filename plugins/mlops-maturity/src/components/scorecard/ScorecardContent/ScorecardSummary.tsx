import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../../format/formatScore';
import { formatPercent, formatShare } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { StatTile } from '../../shared/StatTile';
import { LevelDistributions } from './LevelDistributions';

/**
 * Counts, mean score, staleness and the level distribution of the view: the
 * scorecard's headline figures, in one row from 960 px up so the ranking
 * below them starts in the first screen.
 */
export function ScorecardSummary(props: {
  response: ScorecardSummaryResponse;
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { summary, levelDistribution, verifiedLevelDistribution } =
    props.response;
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
    <Card data-testid="scorecard-summary">
      <CardContent>
        <Box display="flex" alignItems="baseline" flexWrap="wrap" mb={1}>
          <Typography variant="h6" component="h2">
            {t('scorecardSummary.title')}
          </Typography>
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ marginLeft: 16 }}
          >
            {t('scorecardSummary.subheader')}
          </Typography>
        </Box>
        <Grid container spacing={2}>
          <Grid item xs={12} md={8}>
            <Grid container spacing={2}>
              <StatTile
                oneRowFrom="md"
                label={t('scorecardSummary.services')}
                value={String(summary.serviceCount)}
              />
              <StatTile
                oneRowFrom="md"
                label={t('scorecardSummary.assessed')}
                value={formatShare(summary.assessedCount, summary.serviceCount)}
                hint={t('scorecardSummary.assessedHint', {
                  assessed: String(summary.assessedCount),
                  total: String(summary.serviceCount),
                })}
              />
              <StatTile
                oneRowFrom="md"
                label={t('scorecardSummary.meanScore')}
                value={formatScore(summary.meanScore)}
                hint={t('scorecardSummary.meanScoreHint')}
              />
              <StatTile
                oneRowFrom="md"
                label={t('scorecardSummary.stale')}
                value={formatShare(summary.staleCount, summary.assessedCount)}
                hint={t('scorecardSummary.staleHint', {
                  stale: String(summary.staleCount),
                  assessed: String(summary.assessedCount),
                })}
              />
              <StatTile
                oneRowFrom="md"
                label={t('scorecardSummary.evidenceBacked')}
                value={formatPercent(summary.evidenceShare)}
                hint={evidenceHint}
              />
            </Grid>
          </Grid>
          <Grid item xs={12} md={4}>
            <LevelDistributions
              levelDistribution={levelDistribution}
              verifiedLevelDistribution={verifiedLevelDistribution}
              summary={summary}
              model={props.model}
            />
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}
