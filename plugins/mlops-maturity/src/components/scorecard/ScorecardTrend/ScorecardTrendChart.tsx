import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Tooltip from '@material-ui/core/Tooltip';
import { useTheme } from '@material-ui/core/styles';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { TrendAxes } from './TrendAxes';
import { TrendBucket } from './TrendBucket';
import {
  bandOf,
  HEIGHT,
  labelledIndexes,
  niceCeiling,
  PLOT_BOTTOM,
  scoreY,
  TOP,
  WIDTH,
} from './trendGeometry';
import { TrendChartMarker, TrendChartPoint } from './trendTypes';

const DAY_FORMAT = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

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
  const long = new Set(points.map(p => p.date.slice(0, 7))).size > 2;
  const pointLabel = (day: string) =>
    interval === 'month'
      ? MONTH_FORMAT.format(dateOf(day))
      : t(
          interval === 'week' ? 'scorecardTrend.weekOf' : 'scorecardTrend.day',
          {
            date: DAY_FORMAT.format(dateOf(day)),
          },
        );
  const axisLabel = (day: string) =>
    long && interval !== 'month'
      ? MONTH_FORMAT.format(dateOf(day))
      : pointLabel(day).replace(/^.*?(\d)/, '$1');
  const dates = labelledIndexes(points.map(p => p.date)).map(i => ({
    x: band.centre(i),
    label:
      interval === 'month'
        ? pointLabel(points[i].date)
        : axisLabel(points[i].date),
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
      {markers.map(marker => {
        const i = markerIndex(marker.date);
        if (i < 0 || marker.date > nextBucket(last?.date, interval))
          return null;
        const x = band.centre(i);
        return (
          <Tooltip key={`${marker.date}-${marker.label}`} title={marker.label}>
            <g
              tabIndex={0}
              role="img"
              aria-label={marker.label}
              data-testid="trend-marker"
            >
              <line
                x1={x}
                x2={x}
                y1={TOP}
                y2={PLOT_BOTTOM}
                stroke={theme.palette.secondary.main}
                strokeDasharray="4 3"
                strokeWidth={1.5}
              />
              <path
                d={`M${x - 5},${TOP - 8} L${x + 5},${TOP - 8} L${x},${TOP} Z`}
                fill={theme.palette.secondary.main}
              />
            </g>
          </Tooltip>
        );
      })}
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
