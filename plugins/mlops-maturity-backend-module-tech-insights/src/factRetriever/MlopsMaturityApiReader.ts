import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  CurrentAssessment,
  ScorecardPageResponse,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The largest page `GET /scorecard/page` serves (openapi.yaml). */
const PAGE_SIZE = 500;

/**
 * Reads the scorecard and current assessments from the mlops-maturity
 * plugin's HTTP API with the calling plugin's service credentials, so it
 * sees every ML service.
 */
export class MlopsMaturityApiReader {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
  }

  /** Every ML service of the scorecard, page by page in name order. */
  async listScorecardRows(): Promise<ScorecardRow[]> {
    const rows: ScorecardRow[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const query = new URLSearchParams({
        limit: String(PAGE_SIZE),
        offset: String(offset),
        orderBy: 'name',
        order: 'asc',
      });
      const page = (await this.#get(
        `/scorecard/page?${query}`,
      )) as ScorecardPageResponse;
      rows.push(...page.items);
      if (!page.hasMore) return rows;
    }
  }

  /**
   * The current assessment of an entity; undefined when it has none (204),
   * null when the entity is no longer in the catalog (404: it left between
   * the listing and this read).
   */
  async getCurrentAssessment(
    entity: CompoundEntityRef,
  ): Promise<CurrentAssessment | undefined | null> {
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    return (await this.#get(`/assessments/${path}`, { missing: null })) as
      | CurrentAssessment
      | undefined
      | null;
  }

  async #get(path: string, options?: { missing: null }): Promise<unknown> {
    const baseUrl = await this.#discovery.getBaseUrl('mlops-maturity');
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: 'mlops-maturity',
    });
    const response = await fetch(`${baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status === 404 && options) {
      return options.missing;
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.status === 204 ? undefined : response.json();
  }
}
