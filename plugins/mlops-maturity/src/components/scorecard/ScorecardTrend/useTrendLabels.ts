import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { TrendChartPoint } from './trendTypes';

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

/** A `YYYY-MM-DD` day as a UTC date. */
export const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * How the trend names its points: "12 Nov", "Week of 10 Nov" or "Nov 2026"
 * in a tooltip; under the axis the month when the points span more than two
 * months, else the day.
 */
export function useTrendLabels(
  points: TrendChartPoint[],
  interval: 'day' | 'week' | 'month',
) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const long = new Set(points.map(p => p.date.slice(0, 7))).size > 2;
  const pointLabel = (day: string) => {
    if (interval === 'month') return MONTH_FORMAT.format(dateOf(day));
    const date = DAY_FORMAT.format(dateOf(day));
    return interval === 'week'
      ? t('scorecardTrend.weekOf', { date })
      : t('scorecardTrend.day', { date });
  };
  const axisLabel = (day: string) => {
    if (interval === 'month') return pointLabel(day);
    return long
      ? MONTH_FORMAT.format(dateOf(day))
      : DAY_FORMAT.format(dateOf(day));
  };
  return { pointLabel, axisLabel };
}
