import { ScorecardTrendInterval } from './scorecardTrend';

/**
 * A query of `GET /assessments/{kind}/{namespace}/{name}/trend` and of
 * `GET /scorecard/trend/teams` (with the scorecard's filters): the dates
 * (`YYYY-MM-DD`, UTC) and spacing of the points, as for the scorecard trend.
 *
 * @public
 */
export interface TrendRange {
  from?: string;
  to?: string;
  interval?: ScorecardTrendInterval;
}

/**
 * One point of a service's trend: its daily snapshot at the end of the day
 * `asOf` (the last day of the period that is not after `to` nor today).
 *
 * @public
 */
export interface ServiceTrendPoint {
  /** The first day of the period (`YYYY-MM-DD`); it may be before `from`. */
  date: string;
  /** The day the figures are of. */
  asOf: string;
  /** Null when the service was not assessed that day. */
  level: number | null;
  score: number | null;
  gatedLevel: number | null;
  /** Evidence-backed answers over the measured answers with a level; null when not measured. */
  evidenceShare: number | null;
  /** The target level that applied; null when none did. */
  targetLevel: number | null;
  /** Whether the level met the target; null without a target. */
  atTarget: boolean | null;
  stale: boolean;
}

/**
 * Response of `GET /assessments/{kind}/{namespace}/{name}/trend`: a point per
 * period that has a snapshot of the service, oldest first.
 *
 * @public
 */
export interface ServiceTrendResponse {
  entityRef: string;
  from: string;
  to: string;
  interval: ScorecardTrendInterval;
  points: ServiceTrendPoint[];
}

/**
 * One point of a team's trend: its services (those the filters select today
 * and the caller may read) as they stood at the end of the day `asOf`.
 *
 * @public
 */
export interface TeamTrendPoint {
  date: string;
  asOf: string;
  serviceCount: number;
  assessedCount: number;
  /** Mean score of the assessed services; null when none is. */
  meanScore: number | null;
}

/**
 * Response of `GET /scorecard/trend/teams`: per owner as the scorecard's
 * roll-ups group them (null: the services without an owner), its points,
 * oldest first.
 *
 * @public
 */
export interface TeamTrendResponse {
  from: string;
  to: string;
  interval: ScorecardTrendInterval;
  teams: Array<{ owner: string | null; points: TeamTrendPoint[] }>;
}
