import {
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  CurrentAssessment,
  MaturityTarget,
  SaveDraftRequest,
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardSummaryResponse,
  SubmitAssessmentRequest,
} from '../api';
import {
  CampaignHistoryResponse,
  CampaignInput,
  CampaignListResponse,
  CampaignResponse,
  CampaignState,
  CampaignUpdate,
  EntityCampaignsResponse,
} from '../campaigns';
import { EntityEvidenceResponse } from '../evidence';
import { MaturityModel } from '../model/types';
import {
  AnswerReviewResponse,
  EntityVerificationResponse,
  ReviewDecisionRequest,
  ReviewQueueResponse,
} from '../verification';
import {
  ScorecardTrendQuery,
  ScorecardTrendResponse,
} from '../scorecard/scorecardTrend';
import {
  ServiceTrendResponse,
  TeamTrendResponse,
  TrendRange,
} from '../scorecard/serviceTrend';
import * as assessments from './assessments';
import * as campaigns from './campaigns';
import { MlopsMaturityFetcher } from './request';
import * as reviews from './reviews';
import * as scorecard from './scorecard';
import * as trend from './scorecardTrend';
import {
  MaturityEntityName,
  MlopsMaturityApiClientOptions,
  MlopsMaturityRequestOptions,
  ReviewQueueQuery,
  ScorecardExportFile,
  ScorecardQueryFilters,
} from './types';

/**
 * Client of the mlops-maturity backend's HTTP API (`openapi.yaml`), for the
 * frontend and for backend callers alike. Failed requests reject with a
 * `ResponseError` from `@backstage/errors`; each method names the operation
 * it calls.
 *
 * @public
 */
export class MlopsMaturityApiClient {
  readonly #http: MlopsMaturityFetcher;

  constructor(options: MlopsMaturityApiClientOptions) {
    this.#http = new MlopsMaturityFetcher(options);
  }

  /** getModel: the active maturity model. */
  getModel(options?: MlopsMaturityRequestOptions): Promise<MaturityModel> {
    return scorecard.getModel(this.#http, options);
  }

  /** getModelVersion: a model by id and version. */
  getModelVersion(
    modelId: string,
    version: string,
    options?: MlopsMaturityRequestOptions,
  ): Promise<MaturityModel> {
    return scorecard.getModelVersion(this.#http, modelId, version, options);
  }

  /**
   * getCurrentAssessment: undefined when the entity has none (204) or cannot
   * be read (404); with `nullIfNotFound`, null for a 404.
   */
  getAssessment(
    entity: MaturityEntityName,
    options: MlopsMaturityRequestOptions & { nullIfNotFound: true },
  ): Promise<CurrentAssessment | undefined | null>;
  /**
   * getCurrentAssessment: undefined when the entity has none (204) or cannot
   * be read (404).
   */
  getAssessment(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions & { nullIfNotFound?: false },
  ): Promise<CurrentAssessment | undefined>;
  getAssessment(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions & { nullIfNotFound?: boolean },
  ): Promise<CurrentAssessment | undefined | null> {
    return assessments.getAssessment(this.#http, entity, options);
  }

  /** submitAssessment: a complete assessment as a new revision. */
  submitAssessment(
    entity: MaturityEntityName,
    request: SubmitAssessmentRequest,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CurrentAssessment> {
    return assessments.submitAssessment(this.#http, entity, request, options);
  }

  /** getEntityTarget: null when none applies or the entity cannot be read. */
  getTarget(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions,
  ): Promise<MaturityTarget | null> {
    return assessments.getTarget(this.#http, entity, options);
  }

  /** getEntityEvidence: no signals for an entity that cannot be read. */
  getEvidence(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions,
  ): Promise<EntityEvidenceResponse> {
    return assessments.getEvidence(this.#http, entity, options);
  }

  /** getAssessmentHistory: revisions without answers, newest first. */
  getHistory(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions & { limit?: number },
  ): Promise<AssessmentHistoryEntry[]> {
    return assessments.getHistory(this.#http, entity, options);
  }

  /** getAssessmentRevision: one submitted revision with its answers. */
  getRevision(
    entity: MaturityEntityName,
    revision: number,
    options?: MlopsMaturityRequestOptions,
  ): Promise<AssessmentRevision> {
    return assessments.getRevision(this.#http, entity, revision, options);
  }

  /** getDraft: undefined when the entity has none. */
  getDraft(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions,
  ): Promise<AssessmentDraft | undefined> {
    return assessments.getDraft(this.#http, entity, options);
  }

  /** saveDraft: replaces the draft version the request names. */
  saveDraft(
    entity: MaturityEntityName,
    request: SaveDraftRequest,
    options?: MlopsMaturityRequestOptions,
  ): Promise<AssessmentDraft> {
    return assessments.saveDraft(this.#http, entity, request, options);
  }

  /** deleteDraft: succeeds when there is none; with a version, only that one. */
  deleteDraft(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions & { version?: number },
  ): Promise<void> {
    return assessments.deleteDraft(this.#http, entity, options);
  }

  /** getScorecard: one page with its summary and roll-ups. */
  getScorecard(
    query: ScorecardQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardResponse> {
    return scorecard.getScorecard(this.#http, query, options);
  }

  /** getScorecardPage: one page, without the summary. */
  getScorecardPage(
    query: ScorecardQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardPageResponse> {
    return scorecard.getScorecardPage(this.#http, query, options);
  }

  /** getScorecardSummary: of the filters only, without sort and paging. */
  getScorecardSummary(
    filters: ScorecardQueryFilters = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardSummaryResponse> {
    return scorecard.getScorecardSummary(this.#http, filters, options);
  }

  /** exportScorecard: the filtered, sorted rows as CSV, without paging. */
  exportScorecard(
    query: ScorecardQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardExportFile> {
    return scorecard.exportScorecard(this.#http, query, options);
  }

  /** getScorecardTrend: a point per day, week or month of the filtered services. */
  getScorecardTrend(
    query: ScorecardTrendQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardTrendResponse> {
    return trend.getScorecardTrend(this.#http, query, options);
  }

  /** exportScorecardTrend: the trend's points as CSV. */
  exportScorecardTrend(
    query: ScorecardTrendQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ScorecardExportFile> {
    return trend.exportScorecardTrend(this.#http, query, options);
  }

  /** getServiceTrend: one service's daily snapshots, a point per day, week or month. */
  getServiceTrend(
    entity: MaturityEntityName,
    range: TrendRange = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ServiceTrendResponse> {
    return trend.getServiceTrend(this.#http, entity, range, options);
  }

  /** getTeamTrend: per owner of the filtered services, its mean score over time. */
  getTeamTrend(
    query: ScorecardTrendQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<TeamTrendResponse> {
    return trend.getTeamTrend(this.#http, query, options);
  }

  /** listCampaigns: all of them, or only those in `state`. */
  listCampaigns(
    state?: CampaignState,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignListResponse> {
    return campaigns.listCampaigns(this.#http, state, options);
  }

  /** getCampaign: one campaign with its progress. */
  getCampaign(
    id: string,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignResponse> {
    return campaigns.getCampaign(this.#http, id, options);
  }

  /** createCampaign. */
  createCampaign(
    input: CampaignInput,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignResponse> {
    return campaigns.createCampaign(this.#http, input, options);
  }

  /** updateCampaign: changes an active campaign. */
  updateCampaign(
    id: string,
    update: CampaignUpdate,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignResponse> {
    return campaigns.updateCampaign(this.#http, id, update, options);
  }

  /** closeCampaign: closes an active campaign. */
  closeCampaign(
    id: string,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignResponse> {
    return campaigns.closeCampaign(this.#http, id, options);
  }

  /** getCampaignHistory: how many services met the goal, day by day. */
  getCampaignHistory(
    id: string,
    options?: MlopsMaturityRequestOptions,
  ): Promise<CampaignHistoryResponse> {
    return campaigns.getCampaignHistory(this.#http, id, options);
  }

  /** getEntityCampaigns: none for an entity that cannot be read. */
  getEntityCampaigns(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions,
  ): Promise<EntityCampaignsResponse> {
    return campaigns.getEntityCampaigns(this.#http, entity, options);
  }

  /** getEntityVerification: undefined when not assessed or not readable (404). */
  getVerification(
    entity: MaturityEntityName,
    options?: MlopsMaturityRequestOptions,
  ): Promise<EntityVerificationResponse | undefined> {
    return reviews.getVerification(this.#http, entity, options);
  }

  /** listPendingReviews: one page of the review queue, oldest first. */
  getReviewQueue(
    query: ReviewQueueQuery = {},
    options?: MlopsMaturityRequestOptions,
  ): Promise<ReviewQueueResponse> {
    return reviews.getReviewQueue(this.#http, query, options);
  }

  /** decideReview: approves or rejects the pending review of one answer (409 when stale). */
  decideReview(
    entity: MaturityEntityName,
    questionId: string,
    request: ReviewDecisionRequest,
    options?: MlopsMaturityRequestOptions,
  ): Promise<AnswerReviewResponse> {
    return reviews.decideReview(
      this.#http,
      entity,
      questionId,
      request,
      options,
    );
  }
}
