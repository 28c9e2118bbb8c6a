import { ScorecardTrendInterval } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The periods the trend offers: how far back, and how its points are spaced. */
export const TREND_PERIODS = {
  '30d': { days: 30, interval: 'day' },
  '90d': { days: 90, interval: 'day' },
  '1y': { days: 365, interval: 'week' },
  '2y': { days: 730, interval: 'month' },
} as const satisfies Record<
  string,
  { days: number; interval: ScorecardTrendInterval }
>;

/** A period the trend offers. */
export type TrendPeriod = keyof typeof TREND_PERIODS;

/** The UTC day `days - 1` days before `today`, and `today`, as `YYYY-MM-DD`. */
export function periodDates(period: TrendPeriod, today = new Date()) {
  const { days, interval } = TREND_PERIODS[period];
  const to = today.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { from, to, interval };
}
