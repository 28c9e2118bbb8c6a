import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  AnswerReviewResponse,
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  CampaignHistoryResponse,
  CampaignInput,
  CampaignListResponse,
  CampaignResponse,
  CampaignState,
  CampaignUpdate,
  CurrentAssessment,
  EntityCampaignsResponse,
  EntityEvidenceResponse,
  EntityVerificationResponse,
  MaturityModel,
  MaturityTarget,
  ReviewDecisionRequest,
  ReviewQueueQuery,
  ReviewQueueResponse,
  SaveDraftRequest,
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardSummaryResponse,
  ScorecardTrendQuery,
  ScorecardTrendResponse,
  ServiceTrendResponse,
  SubmitAssessmentRequest,
  TeamTrendResponse,
  TrendRange,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * A catalog entity, as a ref string (`component:default/fraud-model`) or its
 * parts.
 *
 * @public
 */
export type MaturityEntityRef = string | CompoundEntityRef;

/**
 * The filters of a scorecard query: what its summary depends on.
 *
 * @public
 */
export type ScorecardFilters = Omit<
  ScorecardQuery,
  'limit' | 'offset' | 'orderBy' | 'order'
>;

/**
 * The CSV file of a scorecard export.
 *
 * @public
 */
export interface ScorecardExport {
  /** The CSV content. */
  blob: Blob;
  /** File name suggested by the server, or a default. */
  fileName: string;
}

/**
 * Client of the mlops-maturity backend (`/api/mlops-maturity`). Failed
 * requests reject with a `ResponseError` from `@backstage/errors`.
 *
 * @public
 */
export interface MlopsMaturityApi {
  /** The active maturity model. */
  getModel(): Promise<MaturityModel>;

  /** A model by id and version, e.g. the one an old revision was answered against. */
  getModelVersion(modelId: string, version: string): Promise<MaturityModel>;

  /** The current assessment of an entity; undefined when it has none. */
  getAssessment(
    entityRef: MaturityEntityRef,
  ): Promise<CurrentAssessment | undefined>;

  /**
   * The maturity target that applies to an entity (the highest of the
   * matching `mlopsMaturity.targets`); null when none does.
   */
  getTarget(entityRef: MaturityEntityRef): Promise<MaturityTarget | null>;

  /**
   * What the evidence providers find for an entity now: at most one signal
   * per question, the highest level shown. No signals when no provider is
   * installed, or for an entity the user may not read.
   */
  getEvidence(entityRef: MaturityEntityRef): Promise<EntityEvidenceResponse>;

  /** Submits a complete assessment as a new revision. */
  submitAssessment(
    entityRef: MaturityEntityRef,
    request: SubmitAssessmentRequest,
  ): Promise<CurrentAssessment>;

  /** Submitted revisions of an entity without their answers, newest first. */
  getHistory(
    entityRef: MaturityEntityRef,
    options?: { limit?: number },
  ): Promise<AssessmentHistoryEntry[]>;

  /** One submitted revision with its answers. */
  getRevision(
    entityRef: MaturityEntityRef,
    revision: number,
  ): Promise<AssessmentRevision>;

  /** The saved draft of an entity; undefined when it has none. */
  getDraft(entityRef: MaturityEntityRef): Promise<AssessmentDraft | undefined>;

  /**
   * Saves the draft of an entity, replacing the version the request names
   * (null creates it); a draft saved by someone else meanwhile is a 409.
   */
  saveDraft(
    entityRef: MaturityEntityRef,
    request: SaveDraftRequest,
  ): Promise<AssessmentDraft>;

  /**
   * Deletes the draft of an entity; succeeds when there is none. With a
   * version, only if the draft is still that version (409 otherwise).
   */
  deleteDraft(
    entityRef: MaturityEntityRef,
    options?: { version?: number },
  ): Promise<void>;

  /** One page of the org-wide scorecard with its summary and roll-ups. */
  getScorecard(query?: ScorecardQuery): Promise<ScorecardResponse>;

  /**
   * One page of the org-wide scorecard, without the summary: what paging and
   * sorting within a filter need.
   */
  getScorecardPage(query?: ScorecardQuery): Promise<ScorecardPageResponse>;

  /**
   * The count, summary, level distribution and owner roll-ups of the
   * services that match the filters; sort and paging are not part of it.
   */
  getScorecardSummary(
    filters?: ScorecardFilters,
  ): Promise<ScorecardSummaryResponse>;

  /** The scorecard rows matching the query's filters and sort, as CSV. */
  exportScorecard(query?: ScorecardQuery): Promise<ScorecardExport>;

  /**
   * The scorecard over time for the filters: a point per day, week or month
   * from the daily snapshots, over the services the user may read.
   */
  getScorecardTrend(
    query: ScorecardTrendQuery,
  ): Promise<ScorecardTrendResponse>;

  /** The points of {@link MlopsMaturityApi.getScorecardTrend}, as CSV. */
  exportScorecardTrend(query: ScorecardTrendQuery): Promise<ScorecardExport>;

  /**
   * Per owner of the services matching the filters (as the scorecard's
   * team roll-ups group them), the mean score over time, in one request.
   */
  getTeamTrend(query: ScorecardTrendQuery): Promise<TeamTrendResponse>;

  /**
   * One service over time from its daily snapshots: level, score, target
   * and staleness per day, week or month. Rejects with a 404 for an entity
   * the user may not read.
   */
  getServiceTrend(
    entityRef: MaturityEntityRef,
    range?: TrendRange,
  ): Promise<ServiceTrendResponse>;

  /**
   * The campaigns, active first, each with its progress over the services
   * the user may read; only those in `state` when it is given.
   */
  listCampaigns(state?: CampaignState): Promise<CampaignListResponse>;

  /** One campaign with its progress, in total and per team. */
  getCampaign(id: string): Promise<CampaignResponse>;

  /**
   * Creates a campaign; needs `mlops.maturity.campaign.manage` (403
   * otherwise). A 400 names the invalid field.
   */
  createCampaign(input: CampaignInput): Promise<CampaignResponse>;

  /** Changes an active campaign (409 once it is closed). */
  updateCampaign(id: string, update: CampaignUpdate): Promise<CampaignResponse>;

  /** Closes an active campaign (409 when it is closed already). */
  closeCampaign(id: string): Promise<CampaignResponse>;

  /** How many services in a campaign's scope met its goal, day by day. */
  getCampaignHistory(id: string): Promise<CampaignHistoryResponse>;

  /**
   * The active campaigns whose scope holds an entity, with whether it is
   * done; none for an entity the user may not read.
   */
  getEntityCampaigns(
    entityRef: MaturityEntityRef,
  ): Promise<EntityCampaignsResponse>;

  /**
   * The claimed and the verified level of an entity's current assessment,
   * what separates them and whether the user may review its answers;
   * undefined when it is not assessed, the user may not read it, or the
   * backend predates verified levels (404).
   */
  getVerification(
    entityRef: MaturityEntityRef,
  ): Promise<EntityVerificationResponse | undefined>;

  /**
   * One page of the review requests the user may act on, oldest first;
   * `nextCursor` asks for the page after.
   */
  getReviewQueue(query?: ReviewQueueQuery): Promise<ReviewQueueResponse>;

  /**
   * Approves or rejects the pending review of one answer: a 409 when the
   * answer changed (or was decided) since the requested revision, a 400
   * that names the field (a rejection without a comment, an exemption's
   * expiry beyond the policy's `maxDays`).
   */
  decideReview(
    entityRef: MaturityEntityRef,
    questionId: string,
    request: ReviewDecisionRequest,
  ): Promise<AnswerReviewResponse>;
}

/**
 * Reference to the {@link MlopsMaturityApi}.
 *
 * @public
 */
export const mlopsMaturityApiRef = createApiRef<MlopsMaturityApi>().with({
  id: 'plugin.mlops-maturity.service',
  pluginId: 'mlops-maturity',
});
