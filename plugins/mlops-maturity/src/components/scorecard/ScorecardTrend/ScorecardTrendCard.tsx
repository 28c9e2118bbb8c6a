import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  ScorecardQueryFilters,
  ScorecardTrendResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry, { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LoadError } from '../../shared/LoadError';
import { saveFile } from '../../shared/saveFile';
import { ScorecardTrendChart } from './ScorecardTrendChart';
import { periodDates, TREND_PERIODS, TrendPeriod } from './trendPeriods';
import { TrendChartMarker, TrendChartPoint } from './trendTypes';

const toChartPoint = (
  p: ScorecardTrendResponse['points'][number],
): TrendChartPoint => ({
  date: p.date,
  levels: p.levelDistribution.levels,
  notAssessed: p.levelDistribution.notAssessed,
  meanScore: p.meanScore,
  atTargetShare: p.atTargetShare,
  evidenceShare: p.evidenceShare,
});

/** "Mean score 1.86, +0.42 since the first point", or nothing without scores. */
function useHeadline(trend?: ScorecardTrendResponse) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const scored = trend?.points.filter(p => p.meanScore !== null) ?? [];
  if (scored.length === 0) return '';
  const first = scored[0].meanScore!;
  const last = scored[scored.length - 1].meanScore!;
  const delta = last - first;
  return t('scorecardTrend.headline', {
    score: formatScore(last),
    delta: `${delta < 0 ? '−' : '+'}${formatScore(Math.abs(delta))}`,
  });
}

/** The starts and deadlines of the campaigns, as marks on the time axis. */
function useCampaignMarkers(campaigns: Campaign[]): TrendChartMarker[] {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return campaigns.flatMap(c => [
    {
      date: c.startsAt.slice(0, 10),
      label: t('scorecardTrend.campaignStarts', { title: c.title }),
    },
    {
      date: c.deadline.slice(0, 10),
      label: t('scorecardTrend.campaignDeadline', { title: c.title }),
    },
  ]);
}

/** The chart once loaded; the error with Retry, progress or "no points" before. */
function TrendCardBody(props: {
  trend: AsyncStateRetry<ScorecardTrendResponse | undefined>;
  campaigns: Campaign[];
}) {
  const { trend, campaigns } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const markers = useCampaignMarkers(campaigns);
  if (trend.error) {
    return <LoadError error={trend.error} onRetry={trend.retry} />;
  }
  if (!trend.value) return <Progress />;
  if (trend.value.points.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('scorecardTrend.empty')}
      </Typography>
    );
  }
  return (
    <ScorecardTrendChart
      points={trend.value.points.map(toChartPoint)}
      markers={markers}
      interval={trend.value.interval}
    />
  );
}

/**
 * The scorecard over time for the current filters, folded above the ranking
 * so the ranking stays in view, and asked for only once opened: a period to
 * choose, the chart with the active campaigns' starts and deadlines marked,
 * the mean score and its change in the header, and the points as CSV.
 */
export function ScorecardTrendCard(props: {
  filters: ScorecardQueryFilters;
  campaigns?: Campaign[];
}) {
  const { filters, campaigns = [] } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [period, setPeriod] = useState<TrendPeriod>('90d');
  // Asked for only once opened: most views of the scorecard are for the
  // ranking, and a trend reads many snapshot rows.
  const [expanded, setExpanded] = useState(false);
  const query = { ...filters, ...periodDates(period) };
  const key = JSON.stringify(query);
  const trend = useAsyncRetry(
    async () => (expanded ? api.getScorecardTrend(query) : undefined),
    [api, key, expanded],
  );
  const [exported, exportCsv] = useAsyncFn(async () => {
    const { blob, fileName } = await api.exportScorecardTrend(query);
    saveFile(blob, fileName);
  }, [api, key]);
  const headline = useHeadline(trend.value);

  return (
    <Accordion
      data-testid="scorecard-trend"
      TransitionProps={{ unmountOnExit: true }}
      expanded={expanded}
      onChange={(_event, open) => setExpanded(open)}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="h6" component="h2">
          {t('scorecardTrend.title')}
        </Typography>
        {headline && (
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ alignSelf: 'center', marginLeft: 16 }}
          >
            {headline}
          </Typography>
        )}
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        <Box display="flex" alignItems="center" mb={1}>
          <TextField
            id="scorecard-trend-period"
            select
            size="small"
            variant="outlined"
            label={t('scorecardTrend.period')}
            value={period}
            onChange={e => setPeriod(e.target.value as TrendPeriod)}
            style={{ minWidth: 220 }}
          >
            {(Object.keys(TREND_PERIODS) as TrendPeriod[]).map(p => (
              <MenuItem key={p} value={p}>
                {t(`scorecardTrend.periods.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          <Box flexGrow={1} />
          <Button
            startIcon={<GetAppIcon />}
            onClick={exportCsv}
            disabled={exported.loading}
          >
            {t('scorecardTrend.export')}
          </Button>
        </Box>
        {exported.error && <LoadError error={exported.error} />}
        <TrendCardBody trend={trend} campaigns={campaigns} />
      </AccordionDetails>
    </Accordion>
  );
}
