import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
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
  MlopsMaturityApiClient,
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
import {
  MaturityEntityRef,
  MlopsMaturityApi,
  ScorecardExport,
  ScorecardFilters,
} from './MlopsMaturityApi';

function entityOf(entityRef: MaturityEntityRef): CompoundEntityRef {
  return typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
}

/**
 * The default {@link MlopsMaturityApi}: calls the backend through the app's
 * fetch API, so requests carry the user's credentials. It delegates to the
 * common `MlopsMaturityApiClient`, taking entities as ref strings too.
 *
 * @public
 */
export class MlopsMaturityClient implements MlopsMaturityApi {
  readonly #client: MlopsMaturityApiClient;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#client = new MlopsMaturityApiClient(options);
  }

  async getModel(): Promise<MaturityModel> {
    return this.#client.getModel();
  }

  async getModelVersion(
    modelId: string,
    version: string,
  ): Promise<MaturityModel> {
    return this.#client.getModelVersion(modelId, version);
  }

  async getAssessment(
    entityRef: MaturityEntityRef,
  ): Promise<CurrentAssessment | undefined> {
    return this.#client.getAssessment(entityOf(entityRef));
  }

  async getTarget(
    entityRef: MaturityEntityRef,
  ): Promise<MaturityTarget | null> {
    return this.#client.getTarget(entityOf(entityRef));
  }

  async getEvidence(
    entityRef: MaturityEntityRef,
  ): Promise<EntityEvidenceResponse> {
    return this.#client.getEvidence(entityOf(entityRef));
  }

  async submitAssessment(
    entityRef: MaturityEntityRef,
    request: SubmitAssessmentRequest,
  ): Promise<CurrentAssessment> {
    return this.#client.submitAssessment(entityOf(entityRef), request);
  }

  async getHistory(
    entityRef: MaturityEntityRef,
    options: { limit?: number } = {},
  ): Promise<AssessmentHistoryEntry[]> {
    return this.#client.getHistory(entityOf(entityRef), {
      limit: options.limit,
    });
  }

  async getRevision(
    entityRef: MaturityEntityRef,
    revision: number,
  ): Promise<AssessmentRevision> {
    return this.#client.getRevision(entityOf(entityRef), revision);
  }

  async getDraft(
    entityRef: MaturityEntityRef,
  ): Promise<AssessmentDraft | undefined> {
    return this.#client.getDraft(entityOf(entityRef));
  }

  async saveDraft(
    entityRef: MaturityEntityRef,
    request: SaveDraftRequest,
  ): Promise<AssessmentDraft> {
    return this.#client.saveDraft(entityOf(entityRef), request);
  }

  async deleteDraft(
    entityRef: MaturityEntityRef,
    options: { version?: number } = {},
  ): Promise<void> {
    return this.#client.deleteDraft(entityOf(entityRef), {
      version: options.version,
    });
  }

  async getScorecard(query: ScorecardQuery = {}): Promise<ScorecardResponse> {
    return this.#client.getScorecard(query);
  }

  async getScorecardPage(
    query: ScorecardQuery = {},
  ): Promise<ScorecardPageResponse> {
    return this.#client.getScorecardPage(query);
  }

  async getScorecardSummary(
    filters: ScorecardFilters = {},
  ): Promise<ScorecardSummaryResponse> {
    return this.#client.getScorecardSummary(filters);
  }

  async exportScorecard(query: ScorecardQuery = {}): Promise<ScorecardExport> {
    return this.#client.exportScorecard(query);
  }

  async getScorecardTrend(
    query: ScorecardTrendQuery,
  ): Promise<ScorecardTrendResponse> {
    return this.#client.getScorecardTrend(query);
  }

  async exportScorecardTrend(
    query: ScorecardTrendQuery,
  ): Promise<ScorecardExport> {
    return this.#client.exportScorecardTrend(query);
  }

  async getTeamTrend(query: ScorecardTrendQuery): Promise<TeamTrendResponse> {
    return this.#client.getTeamTrend(query);
  }

  async getServiceTrend(
    entityRef: MaturityEntityRef,
    range: TrendRange = {},
  ): Promise<ServiceTrendResponse> {
    return this.#client.getServiceTrend(entityOf(entityRef), range);
  }

  async listCampaigns(state?: CampaignState): Promise<CampaignListResponse> {
    return this.#client.listCampaigns(state);
  }

  async getCampaign(id: string): Promise<CampaignResponse> {
    return this.#client.getCampaign(id);
  }

  async createCampaign(input: CampaignInput): Promise<CampaignResponse> {
    return this.#client.createCampaign(input);
  }

  async updateCampaign(
    id: string,
    update: CampaignUpdate,
  ): Promise<CampaignResponse> {
    return this.#client.updateCampaign(id, update);
  }

  async closeCampaign(id: string): Promise<CampaignResponse> {
    return this.#client.closeCampaign(id);
  }

  async getCampaignHistory(id: string): Promise<CampaignHistoryResponse> {
    return this.#client.getCampaignHistory(id);
  }

  async getEntityCampaigns(
    entityRef: MaturityEntityRef,
  ): Promise<EntityCampaignsResponse> {
    return this.#client.getEntityCampaigns(entityOf(entityRef));
  }

  async getVerification(
    entityRef: MaturityEntityRef,
  ): Promise<EntityVerificationResponse | undefined> {
    return this.#client.getVerification(entityOf(entityRef));
  }

  async getReviewQueue(
    query: ReviewQueueQuery = {},
  ): Promise<ReviewQueueResponse> {
    return this.#client.getReviewQueue(query);
  }

  async decideReview(
    entityRef: MaturityEntityRef,
    questionId: string,
    request: ReviewDecisionRequest,
  ): Promise<AnswerReviewResponse> {
    return this.#client.decideReview(entityOf(entityRef), questionId, request);
  }
}
