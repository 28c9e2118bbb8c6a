import { ScorecardQuery } from '../api';
import { ScorecardFilterField } from '../scorecard/scorecardQueryParams';

/**
 * What {@link MlopsMaturityApiClient} needs to reach the backend: where the
 * `mlops-maturity` plugin is, and how to fetch (the app's fetch API in a
 * browser, so requests carry the user's credentials; the global `fetch`
 * when left out).
 *
 * @public
 */
export interface MlopsMaturityApiClientOptions {
  /** Finds the backend's base URL (`getBaseUrl('mlops-maturity')`). */
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Sends the requests; the global `fetch` when left out. */
  fetchApi?: { fetch: typeof fetch };
}

/**
 * Options of every call of {@link MlopsMaturityApiClient}: a backend caller
 * passes the token it got for the `mlops-maturity` plugin (sent as
 * `Authorization: Bearer`); a frontend one leaves it to its fetch API.
 *
 * @public
 */
export interface MlopsMaturityRequestOptions {
  /** A token for the `mlops-maturity` plugin, sent as a bearer token. */
  token?: string;
}

/**
 * A catalog entity by its parts, as a `CompoundEntityRef`.
 *
 * @public
 */
export interface MaturityEntityName {
  /** The entity's kind, e.g. `component`. */
  kind: string;
  /** The entity's namespace, e.g. `default`. */
  namespace: string;
  /** The entity's name. */
  name: string;
}

/**
 * The filters of a scorecard query, without its sort and paging: what its
 * summary depends on.
 *
 * @public
 */
export type ScorecardQueryFilters = Pick<ScorecardQuery, ScorecardFilterField>;

/**
 * The CSV file of a scorecard export.
 *
 * @public
 */
export interface ScorecardExportFile {
  /** The CSV content. */
  blob: Blob;
  /** File name suggested by the server, or a default. */
  fileName: string;
}

/**
 * Which page of the review queue to read (`GET /reviews`).
 *
 * @public
 */
export interface ReviewQueueQuery {
  /** Only the services of these owners (`group:default/x`, or `x` for a group). */
  owner?: string | string[];
  /** At most this many requests (1 to 100; the backend's default is 50). */
  limit?: number;
  /** The `nextCursor` of the page before. */
  cursor?: string;
}
