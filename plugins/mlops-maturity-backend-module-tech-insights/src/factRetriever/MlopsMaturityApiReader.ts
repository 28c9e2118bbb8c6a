import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  CurrentAssessment,
  MlopsMaturityApiClient,
  SCORECARD_PAGING,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The largest page `GET /scorecard/page` serves (openapi.yaml). */
const PAGE_SIZE = SCORECARD_PAGING.limit.max;

/**
 * Reads the scorecard and current assessments from the mlops-maturity
 * plugin's HTTP API (through the common client) with the calling plugin's
 * service credentials, so it sees every ML service.
 */
export class MlopsMaturityApiReader {
  readonly #client: MlopsMaturityApiClient;
  readonly #auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.#client = new MlopsMaturityApiClient({
      discoveryApi: options.discovery,
    });
    this.#auth = options.auth;
  }

  /**
   * Every ML service of the scorecard, page by page in name order, each page
   * after the cursor of the one before (the API takes offsets only a few
   * pages deep).
   */
  async listScorecardRows(): Promise<ScorecardRow[]> {
    const rows: ScorecardRow[] = [];
    let paging: { offset: number } | { cursor: string } = { offset: 0 };
    for (;;) {
      const page = await this.#client.getScorecardPage(
        { limit: PAGE_SIZE, ...paging, orderBy: 'name', order: 'asc' },
        { token: await this.#token() },
      );
      rows.push(...page.items);
      if (!page.hasMore || !page.nextCursor) return rows;
      paging = { cursor: page.nextCursor };
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
    return this.#client.getAssessment(entity, {
      token: await this.#token(),
      nullIfNotFound: true,
    });
  }

  async #token(): Promise<string> {
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: 'mlops-maturity',
    });
    return token;
  }
}
