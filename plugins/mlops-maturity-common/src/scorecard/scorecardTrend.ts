import { ScorecardQueryFilters } from '../client/types';

/**
 * How the points of a scorecard trend are spaced: one per UTC day, per ISO
 * week (Monday to Sunday) or per calendar month.
 *
 * @public
 */
export type ScorecardTrendInterval = 'day' | 'week' | 'month';

/** @public */
export const SCORECARD_TREND_INTERVALS: readonly ScorecardTrendInterval[] = [
  'day',
  'week',
  'month',
];

/**
 * The longest span a trend covers, in days (`to` - `from` + 1).
 *
 * @public
 */
export const SCORECARD_TREND_MAX_DAYS = 1100;

/**
 * A query of `GET /scorecard/trend`: the scorecard's filters, and the dates
 * (`YYYY-MM-DD`, UTC) and spacing of its points. `to` defaults to today,
 * `from` to 90 days before `to`, `interval` to `day`.
 *
 * @public
 */
export interface ScorecardTrendQuery extends ScorecardQueryFilters {
  from?: string;
  to?: string;
  interval?: ScorecardTrendInterval;
}

/**
 * One point of a scorecard trend: the services of the query as they stood at
 * the end of the day `asOf` (the last day of the period that is not after
 * `to` nor today), from the daily snapshots.
 *
 * @public
 */
export interface ScorecardTrendPoint {
  /** The first day of the period (`YYYY-MM-DD`); it may be before `from`. */
  date: string;
  /** The day the figures are of. */
  asOf: string;
  serviceCount: number;
  assessedCount: number;
  staleCount: number;
  levelDistribution: {
    levels: Record<'0' | '1' | '2' | '3' | '4', number>;
    notAssessed: number;
  };
  /** Mean score of the assessed services; null when none is. */
  meanScore: number | null;
  /** Services that had a target, and those of them that met it. */
  withTargetCount: number;
  atTargetCount: number;
  /** atTargetCount / withTargetCount; null without targets. */
  atTargetShare: number | null;
  /** Evidence-backed answers over all measured answers with a level; null when none. */
  evidenceShare: number | null;
}

/**
 * Response of `GET /scorecard/trend`: a point per period that has snapshots,
 * oldest first. Only the services the caller may read and the filters select
 * (as the scorecard shows them today) are counted.
 *
 * @public
 */
export interface ScorecardTrendResponse {
  from: string;
  to: string;
  interval: ScorecardTrendInterval;
  points: ScorecardTrendPoint[];
}
