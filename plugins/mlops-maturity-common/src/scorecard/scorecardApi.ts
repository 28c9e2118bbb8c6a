import { MaturityLevelNumber } from '../model/types';

/**
 * Sort keys of the scorecard.
 *
 * @public
 */
export const SCORECARD_ORDER_FIELDS = [
  'score',
  'level',
  'name',
  'owner',
  'updatedAt',
  'raisesToNextLevel',
  'evidenceShare',
  'verifiedLevel',
] as const;

/**
 * A sort key of the scorecard.
 *
 * @public
 */
export type ScorecardOrderField = (typeof SCORECARD_ORDER_FIELDS)[number];

/**
 * Filters, sort and paging of `GET /scorecard`; list filters match any of
 * their values.
 *
 * @public
 */
export interface ScorecardQuery {
  limit?: number;
  /** Rows to skip, at most `SCORECARD_PAGING.offset.max`; not with `cursor`. */
  offset?: number;
  /**
   * Where to read on: the `nextCursor` or `prevCursor` of a page of the same
   * sort and filters, unchanged (opaque).
   */
  cursor?: string;
  orderBy?: ScorecardOrderField;
  order?: 'asc' | 'desc';
  owner?: string[];
  system?: string[];
  domain?: string[];
  lifecycle?: string[];
  level?: MaturityLevelNumber[];
  assessed?: boolean;
  stale?: boolean;
  /**
   * true: only services with a target they do not meet (not assessed, or
   * below its level); false: only services that meet their target or have
   * none.
   */
  belowTarget?: boolean;
  /** spec.type, case-insensitive. */
  type?: string[];
  /** metadata.tags, case-insensitive: a service with any of them. */
  tag?: string[];
  /** Only the services in the scope of this campaign (its id). */
  campaign?: string;
  /** With `campaign`: true, only those that meet its goal; false, only those that do not yet. */
  campaignDone?: boolean;
  /**
   * Only services whose evidence-backed share (see
   * {@link ScorecardRow.evidenceShare}) is at least this, in [0, 1]; services
   * without a share are left out.
   */
  evidenceShareMin?: number;
  /** Only services whose evidence-backed share is at most this, in [0, 1]; services without a share are left out. */
  evidenceShareMax?: number;
  /**
   * Only services whose evidence-backed share is below this (not at it), in
   * [0, 1]: with `evidenceShareMin` at the same value, the two ranges meet
   * without overlapping. Services without a share are left out.
   */
  evidenceShareBelow?: number;
  /**
   * true: only services where evidence suggests a higher level than answered
   * on at least one question; false: only services where it suggests none
   * (services never measured are left out either way).
   */
  evidenceSuggestsHigher?: boolean;
  /**
   * Verified levels 0-4 to include (see {@link ScorecardRow.verifiedLevel});
   * services without a verified level are left out.
   */
  verifiedLevel?: MaturityLevelNumber[];
  /**
   * true: only services whose verified level is below their claimed level;
   * false: only services whose verified level equals it. Services without a
   * verified level are left out either way. (Answers counted lower than
   * claimed that leave the level as it is do not count: see
   * {@link ScorecardRow.verificationGapCount} for those.)
   */
  verifiedBelowClaimed?: boolean;
  /** Case-insensitive text matched against name, title and owner. */
  q?: string;
}

/**
 * One ML service in the scorecard.
 *
 * @public
 */
export interface ScorecardRow {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  lifecycle: string | null;
  assessed: boolean;
  revision: number | null;
  score: number | null;
  level: MaturityLevelNumber | null;
  gatedLevel: MaturityLevelNumber | null;
  weakestDimensionId: string | null;
  /**
   * The fewest one-level answer raises that would lift the score into the
   * next level (see `answersToLevel`); null when not assessed or at the top.
   */
  raisesToNextLevel: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
  stale: boolean;
  /** The level of the target that applies (see {@link MaturityTarget}); null when none does. */
  targetLevel: MaturityLevelNumber | null;
  targetTitle: string | null;
  /** Whether the current level reaches the target; false when not assessed, null without a target. */
  targetMet: boolean | null;
  /**
   * The share of the current answers (N/A left out) that are
   * evidence-backed (see `evidenceBacking`), in [0, 1], as the catalog sync
   * or the last submission measured it; null when not assessed, when nothing
   * is answered with a level, or before the first measurement.
   */
  evidenceShare: number | null;
  /** Evidence-backed answers; null when the share is. */
  evidenceBackedCount: number | null;
  /** Answers with a level (N/A left out); null when not measured. */
  evidenceAnsweredCount: number | null;
  /** Answered questions where evidence shows a higher level than answered; null when not measured. */
  evidenceSuggestsHigherCount: number | null;
  /**
   * The level the organisation can stand behind: computed with every answer
   * that needs review and has none, an exemption that is pending, expired or
   * rejected, or an answer older than the re-verification period counted
   * lower (see `computeVerifiedScore`); never above {@link ScorecardRow.level}.
   * Null when not assessed or not computed yet.
   */
  verifiedLevel: MaturityLevelNumber | null;
  /** The score the verified level comes from; null when the level is. */
  verifiedScore: number | null;
  /** How many answers count lower than claimed; null when the level is. */
  verificationGapCount: number | null;
}

/**
 * Per-owner roll-up of the filtered scorecard.
 *
 * @public
 */
export interface ScorecardOwnerRollup {
  owner: string | null;
  serviceCount: number;
  assessedCount: number;
  assessedShare: number;
  meanScore: number | null;
  lowestLevel: MaturityLevelNumber | null;
  /** The owner's services that have a target. */
  withTargetCount: number;
  /** Those of them that meet it. */
  atTargetCount: number;
  /** atTargetCount / withTargetCount; null when none has a target. */
  atTargetShare: number | null;
  /**
   * Evidence-backed answers over all answers with a level of the owner's
   * measured services (so a service with more answers weighs more); null
   * when none has a share.
   */
  evidenceShare: number | null;
  /** The owner's services where evidence suggests a higher level on at least one question. */
  evidenceSuggestsHigherCount: number;
  /** The mean verified score of the owner's services that have one; null when none has. */
  meanVerifiedScore: number | null;
  /** The lowest verified level among the owner's services; null when none has one. */
  lowestVerifiedLevel: MaturityLevelNumber | null;
  /** The owner's services whose verified level is below their claimed level. */
  verifiedBelowClaimedCount: number;
}

/**
 * Response of `GET /scorecard/page`: one page of the filtered, sorted
 * scorecard and nothing computed over the whole set, so paging and sorting
 * cost an index range scan. The count and roll-ups of the same filter come
 * from `GET /scorecard/summary`, fetched once per filter.
 *
 * @public
 */
export interface ScorecardPageResponse {
  items: ScorecardRow[];
  limit: number;
  /**
   * The position of the page's first row; for a page read by cursor, as of
   * when the cursor was made (rows added or removed before it since then
   * are not counted).
   */
  offset: number;
  /** Whether rows follow this page. */
  hasMore: boolean;
  /** The cursor of the page after this one, when rows follow it. */
  nextCursor?: string;
  /** The cursor of the page before this one, when rows precede it. */
  prevCursor?: string;
}

/**
 * Response of `GET /scorecard/summary`: the count, summary, level
 * distribution and owner roll-ups of every service that matches the filters
 * (sort and paging do not change it).
 *
 * @public
 */
export interface ScorecardSummaryResponse {
  totalCount: number;
  summary: {
    serviceCount: number;
    assessedCount: number;
    staleCount: number;
    meanScore: number | null;
    /** Services that have a target, and those of them that meet it. */
    withTargetCount: number;
    atTargetCount: number;
    /** Evidence-backed answers over all answers with a level, as for an owner ({@link ScorecardOwnerRollup.evidenceShare}). */
    evidenceShare: number | null;
    /** Services where evidence suggests a higher level on at least one question. */
    evidenceSuggestsHigherCount: number;
    /** The mean verified score of the services that have one; null when none has. */
    meanVerifiedScore: number | null;
    /** Services whose verified level is below their claimed level. */
    verifiedBelowClaimedCount: number;
  };
  /** Services per level, and those not assessed, for the same filter. */
  levelDistribution: {
    levels: Record<'0' | '1' | '2' | '3' | '4', number>;
    notAssessed: number;
  };
  /**
   * Services per verified level, those assessed whose verified level is not
   * computed yet, and those not assessed, for the same filter.
   */
  verifiedLevelDistribution: {
    levels: Record<'0' | '1' | '2' | '3' | '4', number>;
    notComputed: number;
    notAssessed: number;
  };
  owners: ScorecardOwnerRollup[];
}

/**
 * Response of `GET /scorecard`: a page and the summary of its filter in one
 * answer (`GET /scorecard/page` and `GET /scorecard/summary` together).
 *
 * @public
 */
export interface ScorecardResponse
  extends ScorecardSummaryResponse,
    Omit<ScorecardPageResponse, 'hasMore'> {}
