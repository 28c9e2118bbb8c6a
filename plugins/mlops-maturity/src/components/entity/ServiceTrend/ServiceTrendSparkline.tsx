import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { MaturitySparkline } from '../../shared/MaturitySparkline';
import { useServiceTrend } from './useServiceTrend';

/**
 * The service's score over the last 90 days, day by day from its daily
 * snapshots, as a sparkline for the headline. Shows nothing until loaded,
 * nor when it fails to load: the headline says the level either way.
 */
export function ServiceTrendSparkline(props: {
  entityRef: string;
  refreshKey: string;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const trend = useServiceTrend(props.entityRef, props.refreshKey);
  if (!trend.value) return null;
  return (
    <Box
      display="flex"
      alignItems="center"
      mb={2}
      data-testid="service-trend"
    >
      <Box mr={1}>
        <Typography variant="caption" color="textSecondary">
          {t('serviceTrend.caption')}
        </Typography>
      </Box>
      <MaturitySparkline
        width={160}
        points={trend.value.map(p => ({
          date: p.date,
          score: p.score,
          level: p.level,
        }))}
      />
    </Box>
  );
}
