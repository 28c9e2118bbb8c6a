import {
  CampaignHistoryResponse,
  CampaignInput,
  CampaignListResponse,
  CampaignResponse,
  CampaignState,
  CampaignUpdate,
  EntityCampaignsResponse,
} from '../campaigns';
import { entityPath, MlopsMaturityFetcher } from './request';
import { MaturityEntityName, MlopsMaturityRequestOptions } from './types';

// The operations under /campaigns of openapi.yaml, and the campaigns of an
// entity (/assessments/{kind}/{namespace}/{name}/campaigns).

const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;

/** listCampaigns: all of them, or those in one state. */
export async function listCampaigns(
  http: MlopsMaturityFetcher,
  state: CampaignState | undefined,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignListResponse> {
  const query = state ? `?state=${encodeURIComponent(state)}` : '';
  return http.json(`/campaigns${query}`, { token: options.token });
}

/** getCampaign. */
export async function getCampaign(
  http: MlopsMaturityFetcher,
  id: string,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignResponse> {
  return http.json(campaignPath(id), { token: options.token });
}

/** createCampaign. */
export async function createCampaign(
  http: MlopsMaturityFetcher,
  input: CampaignInput,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignResponse> {
  return http.json('/campaigns', {
    method: 'POST',
    body: input,
    token: options.token,
  });
}

/** updateCampaign. */
export async function updateCampaign(
  http: MlopsMaturityFetcher,
  id: string,
  update: CampaignUpdate,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignResponse> {
  return http.json(campaignPath(id), {
    method: 'PATCH',
    body: update,
    token: options.token,
  });
}

/** closeCampaign. */
export async function closeCampaign(
  http: MlopsMaturityFetcher,
  id: string,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignResponse> {
  return http.json(`${campaignPath(id)}/close`, {
    method: 'POST',
    token: options.token,
  });
}

/** getCampaignHistory. */
export async function getCampaignHistory(
  http: MlopsMaturityFetcher,
  id: string,
  options: MlopsMaturityRequestOptions = {},
): Promise<CampaignHistoryResponse> {
  return http.json(`${campaignPath(id)}/history`, { token: options.token });
}

/** getEntityCampaigns: none for an entity the caller may not read. */
export async function getEntityCampaigns(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions = {},
): Promise<EntityCampaignsResponse> {
  // As for a target: an entity the caller may not read (404) is in no
  // campaign they can see.
  const response = await http.optionalJson<EntityCampaignsResponse>(
    `/assessments/${entityPath(entity)}/campaigns`,
    options,
  );
  return response ?? { items: [] };
}
