import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useTheme } from '@material-ui/core/styles';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { TrendAxes } from './TrendAxes';
import { TrendBucket } from './TrendBucket';
import { TrendMarkers } from './TrendMarkers';
import { dateOf, useTrendLabels } from './useTrendLabels';
import {
  bandOf,
  HEIGHT,
  labelledIndexes,
  niceCeiling,
  scoreY,
  WIDTH,
} from './trendGeometry';
import { TrendChartMarker, TrendChartPoint } from './trendTypes';

/**
 * The scorecard over time: per day, week or month a stacked bar of the
 * services at each level (not assessed on top) against the left axis, the
 * mean score as a line against the level bands on the right, and dashed
 * lines at the marked dates (campaign starts and deadlines). Every point
 * and marker takes the keyboard focus and says its figures in a tooltip.
 */
export function ScorecardTrendChart(props: {
  points: TrendChartPoint[];
  markers?: TrendChartMarker[];
  interval: 'day' | 'week' | 'month';
}) {
  const { points, markers = [], interval } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const band = bandOf(points.length);
  const max = niceCeiling(
    Math.max(
      ...points.map(
        p => Object.values(p.levels).reduce((a, b) => a + b, 0) + p.notAssessed,
      ),
    ),
  );
  const { pointLabel, axisLabel } = useTrendLabels(points, interval);
  const dates = labelledIndexes(points.map(p => p.date)).map(i => ({
    x: band.centre(i),
    label: axisLabel(points[i].date),
  }));
  const scored = points
    .map((p, i) => ({ i, score: p.meanScore }))
    .filter((p): p is { i: number; score: number } => p.score !== null);
  const line = scored
    .map(
      (p, k) => `${k === 0 ? 'M' : 'L'}${band.centre(p.i)},${scoreY(p.score)}`,
    )
    .join(' ');
  // A marker sits on the point whose bucket holds its date.
  const markerIndex = (day: string) => {
    let index = -1;
    points.forEach((p, i) => {
      if (p.date <= day) index = i;
    });
    return index;
  };
  const last = points[points.length - 1];

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="group"
      aria-label={t('scorecardTrend.ariaLabel', {
        points: String(points.length),
        to: last ? pointLabel(last.date) : '',
      })}
      style={{ fontFamily: theme.typography.fontFamily, display: 'block' }}
    >
      <TrendAxes
        max={max}
        dates={dates}
        countLabel={t('scorecardTrend.services')}
      />
      {points.map((point, i) => (
        <TrendBucket
          key={point.date}
          point={point}
          dateLabel={pointLabel(point.date)}
          centre={band.centre(i)}
          width={band.width}
          max={max}
        />
      ))}
      <path
        d={line}
        fill="none"
        stroke={theme.palette.text.primary}
        strokeWidth={2}
        pointerEvents="none"
        data-testid="trend-mean-score"
      />
      <TrendMarkers
        markers={markers}
        at={day => {
          const i = markerIndex(day);
          return i < 0 || day > nextBucket(last?.date, interval)
            ? undefined
            : band.centre(i);
        }}
      />
    </svg>
  );
}

/** The first day after the bucket that starts on `day`. */
function nextBucket(
  day: string | undefined,
  interval: 'day' | 'week' | 'month',
) {
  if (!day) return '';
  const date = dateOf(day);
  if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (interval === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}
