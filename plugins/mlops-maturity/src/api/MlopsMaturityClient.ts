import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
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
  EntityTargetResponse,
  MaturityModel,
  MaturityTarget,
  SaveDraftRequest,
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardSummaryResponse,
  SubmitAssessmentRequest,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  MaturityEntityRef,
  MlopsMaturityApi,
  ScorecardExport,
  ScorecardFilters,
} from './MlopsMaturityApi';
import {
  scorecardFilters,
  scorecardQueryToParams,
} from './scorecardQueryParams';

const DEFAULT_EXPORT_FILE_NAME = 'mlops-maturity-scorecard.csv';

function entityPath(entityRef: MaturityEntityRef): string {
  const ref: CompoundEntityRef =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return [ref.kind, ref.namespace, ref.name]
    .map(segment => encodeURIComponent(segment))
    .join('/');
}

function campaignPath(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}

function fileNameFrom(contentDisposition: string | null): string {
  const match = contentDisposition?.match(/filename="?([^";]+)"?/i);
  return match?.[1] ?? DEFAULT_EXPORT_FILE_NAME;
}

/**
 * The default {@link MlopsMaturityApi}: calls the backend through the app's
 * fetch API, so requests carry the user's credentials.
 *
 * @public
 */
export class MlopsMaturityClient implements MlopsMaturityApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getModel(): Promise<MaturityModel> {
    return this.json('/model');
  }

  async getModelVersion(
    modelId: string,
    version: string,
  ): Promise<MaturityModel> {
    return this.json(
      `/models/${encodeURIComponent(modelId)}/${encodeURIComponent(version)}`,
    );
  }

  async getAssessment(
    entityRef: MaturityEntityRef,
  ): Promise<CurrentAssessment | undefined> {
    return this.jsonOrUndefined(`/assessments/${entityPath(entityRef)}`);
  }

  async getTarget(
    entityRef: MaturityEntityRef,
  ): Promise<MaturityTarget | null> {
    // A 404 (an entity the user may not read, or a backend that predates
    // targets) means there is no target to show, as for an assessment.
    const response = await this.jsonOrUndefined<EntityTargetResponse>(
      `/assessments/${entityPath(entityRef)}/target`,
    );
    return response?.target ?? null;
  }

  async getEvidence(
    entityRef: MaturityEntityRef,
  ): Promise<EntityEvidenceResponse> {
    // As for a target: a 404 (an entity the user may not read, or a backend
    // that predates evidence) means there is nothing to show.
    const response = await this.jsonOrUndefined<EntityEvidenceResponse>(
      `/assessments/${entityPath(entityRef)}/evidence`,
    );
    return response ?? { signals: [] };
  }

  async submitAssessment(
    entityRef: MaturityEntityRef,
    request: SubmitAssessmentRequest,
  ): Promise<CurrentAssessment> {
    return this.json(`/assessments/${entityPath(entityRef)}`, {
      method: 'PUT',
      body: request,
    });
  }

  async getHistory(
    entityRef: MaturityEntityRef,
    options: { limit?: number } = {},
  ): Promise<AssessmentHistoryEntry[]> {
    const query = options.limit !== undefined ? `?limit=${options.limit}` : '';
    const page = await this.json<{ items: AssessmentHistoryEntry[] }>(
      `/assessments/${entityPath(entityRef)}/history${query}`,
    );
    return page.items;
  }

  async getRevision(
    entityRef: MaturityEntityRef,
    revision: number,
  ): Promise<AssessmentRevision> {
    return this.json(
      `/assessments/${entityPath(entityRef)}/revisions/${encodeURIComponent(
        String(revision),
      )}`,
    );
  }

  async getDraft(
    entityRef: MaturityEntityRef,
  ): Promise<AssessmentDraft | undefined> {
    return this.jsonOrUndefined(`/assessments/${entityPath(entityRef)}/draft`);
  }

  async saveDraft(
    entityRef: MaturityEntityRef,
    request: SaveDraftRequest,
  ): Promise<AssessmentDraft> {
    return this.json(`/assessments/${entityPath(entityRef)}/draft`, {
      method: 'PUT',
      body: request,
    });
  }

  async deleteDraft(
    entityRef: MaturityEntityRef,
    options: { version?: number } = {},
  ): Promise<void> {
    const query =
      options.version === undefined ? '' : `?version=${options.version}`;
    const response = await this.request(
      `/assessments/${entityPath(entityRef)}/draft${query}`,
      { method: 'DELETE' },
    );
    if (!response.ok && response.status !== 404) {
      throw await ResponseError.fromResponse(response);
    }
  }

  async getScorecard(query: ScorecardQuery = {}): Promise<ScorecardResponse> {
    return this.json(`/scorecard${this.queryString(query)}`);
  }

  async getScorecardPage(
    query: ScorecardQuery = {},
  ): Promise<ScorecardPageResponse> {
    return this.json(`/scorecard/page${this.queryString(query)}`);
  }

  async getScorecardSummary(
    filters: ScorecardFilters = {},
  ): Promise<ScorecardSummaryResponse> {
    return this.json(
      `/scorecard/summary${this.queryString(scorecardFilters(filters))}`,
    );
  }

  async exportScorecard(query: ScorecardQuery = {}): Promise<ScorecardExport> {
    // Paging does not apply: the export holds every row of the filtered view.
    const { limit: _limit, offset: _offset, ...filters } = query;
    const response = await this.request(
      `/scorecard/export${this.queryString(filters)}`,
      { headers: { Accept: 'text/csv' } },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return {
      blob: await response.blob(),
      fileName: fileNameFrom(response.headers.get('content-disposition')),
    };
  }

  async listCampaigns(state?: CampaignState): Promise<CampaignListResponse> {
    const query = state ? `?state=${encodeURIComponent(state)}` : '';
    return this.json(`/campaigns${query}`);
  }

  async getCampaign(id: string): Promise<CampaignResponse> {
    return this.json(campaignPath(id));
  }

  async createCampaign(input: CampaignInput): Promise<CampaignResponse> {
    return this.json('/campaigns', { method: 'POST', body: input });
  }

  async updateCampaign(
    id: string,
    update: CampaignUpdate,
  ): Promise<CampaignResponse> {
    return this.json(campaignPath(id), { method: 'PATCH', body: update });
  }

  async closeCampaign(id: string): Promise<CampaignResponse> {
    return this.json(`${campaignPath(id)}/close`, { method: 'POST' });
  }

  async getCampaignHistory(id: string): Promise<CampaignHistoryResponse> {
    return this.json(`${campaignPath(id)}/history`);
  }

  async getEntityCampaigns(
    entityRef: MaturityEntityRef,
  ): Promise<EntityCampaignsResponse> {
    // As for a target: an entity the user may not read (404) is in no
    // campaign they can see.
    const response = await this.jsonOrUndefined<EntityCampaignsResponse>(
      `/assessments/${entityPath(entityRef)}/campaigns`,
    );
    return response ?? { items: [] };
  }

  private queryString(query: ScorecardQuery): string {
    const params = scorecardQueryToParams(query).toString();
    return params ? `?${params}` : '';
  }

  private async request(
    path: string,
    init: {
      method?: string;
      body?: unknown;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('mlops-maturity');
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    return this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  }

  private async json<T>(
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<T> {
    const response = await this.request(path, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }

  /**
   * Reads what may not exist yet (an assessment, a draft): undefined for
   * 204 No Content. A 404 means the same, but the browser logs every 404 as
   * a failed request in the console, so "none yet" is better sent as 204.
   */
  private async jsonOrUndefined<T>(path: string): Promise<T | undefined> {
    const response = await this.request(path);
    if (response.status === 204 || response.status === 404) return undefined;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
