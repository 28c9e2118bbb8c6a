import { MaturityLevelNumber } from './model/types';

/**
 * Which ML services a campaign covers: every field given must match one of
 * its values (no field: every ML service). Owner, system and domain are
 * entity refs; lifecycle, type and tag match case-insensitively.
 *
 * @public
 */
export interface CampaignScope {
  owner?: string[];
  system?: string[];
  domain?: string[];
  lifecycle?: string[];
  type?: string[];
  tag?: string[];
}

/**
 * What a service in scope must do for the campaign: reach a level, or be
 * reassessed (a submission at or after the campaign's start).
 *
 * @public
 */
export type CampaignGoal =
  | { kind: 'level'; level: MaturityLevelNumber }
  | { kind: 'reassess' };

/** @public */
export type CampaignState = 'active' | 'closed';

/**
 * A time-boxed push towards a goal for the ML services in its scope.
 *
 * @public
 */
export interface Campaign {
  id: string;
  title: string;
  description: string;
  scope: CampaignScope;
  goal: CampaignGoal;
  /** ISO 8601; for a reassess goal, submissions from this moment count. */
  startsAt: string;
  /** ISO 8601. */
  deadline: string;
  state: CampaignState;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  closedAt: string | null;
  closedBy: string | null;
}

/**
 * Body of `POST /campaigns`; `startsAt` defaults to now.
 *
 * @public
 */
export interface CampaignInput {
  title: string;
  description?: string;
  scope?: CampaignScope;
  goal: CampaignGoal;
  startsAt?: string;
  deadline: string;
}

/**
 * Body of `PATCH /campaigns/:id`: the fields to change.
 *
 * @public
 */
export type CampaignUpdate = Partial<CampaignInput>;

/**
 * How far the services in a campaign's scope are, counted over the services
 * the caller may read.
 *
 * @public
 */
export interface CampaignProgressCounts {
  /** Services in scope. */
  inScope: number;
  /** Those that meet the goal. */
  done: number;
  /** inScope - done. */
  remaining: number;
  /** The remaining, once the deadline has passed; 0 before. */
  overdue: number;
  /** done / inScope; null when nothing is in scope. */
  doneShare: number | null;
}

/**
 * A campaign's progress within one team (owner).
 *
 * @public
 */
export interface CampaignTeamProgress extends CampaignProgressCounts {
  owner: string | null;
}

/**
 * A campaign's progress, in total and per team.
 *
 * @public
 */
export interface CampaignProgress extends CampaignProgressCounts {
  teams: CampaignTeamProgress[];
}

/**
 * Response of `GET /campaigns/:id`, `POST /campaigns`, `PATCH /campaigns/:id`
 * and `POST /campaigns/:id/close`.
 *
 * @public
 */
export interface CampaignResponse {
  campaign: Campaign;
  progress: CampaignProgress;
}

/**
 * Response of `GET /campaigns`: the campaigns, newest deadline first within
 * each state (active first), each with its total progress.
 *
 * @public
 */
export interface CampaignListResponse {
  items: Array<{ campaign: Campaign; progress: CampaignProgressCounts }>;
}

/**
 * One point of a campaign's progress over time: how many of the services in
 * scope today met the goal at the end of that day (UTC), from the stored
 * revisions.
 *
 * @public
 */
export interface CampaignHistoryPoint {
  /** YYYY-MM-DD. */
  date: string;
  done: number;
}

/**
 * Response of `GET /campaigns/:id/history`: one point per day from the
 * start to the deadline, the closing or today, whichever is first.
 *
 * @public
 */
export interface CampaignHistoryResponse {
  inScope: number;
  points: CampaignHistoryPoint[];
}

/**
 * Response of `GET /assessments/:kind/:namespace/:name/campaigns`: the
 * active campaigns whose scope holds the entity, soonest deadline first.
 *
 * @public
 */
export interface EntityCampaignsResponse {
  items: Array<{
    campaign: Campaign;
    /** Whether this service meets the campaign's goal. */
    done: boolean;
    /** Not done and the deadline has passed. */
    overdue: boolean;
  }>;
}
