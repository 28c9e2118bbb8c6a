import { ResponseError } from '@backstage/errors';
import {
  MaturityEntityName,
  MlopsMaturityApiClientOptions,
  MlopsMaturityRequestOptions,
} from './types';

const PLUGIN_ID = 'mlops-maturity';

/** One request to the backend: a path under its base URL and what to send. */
export interface MlopsMaturityRequest extends MlopsMaturityRequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** `kind/namespace/name` of an entity, each segment URL-encoded. */
export function entityPath(entity: MaturityEntityName): string {
  return [entity.kind, entity.namespace, entity.name]
    .map(segment => encodeURIComponent(segment))
    .join('/');
}

/** A path with its query string, none when there are no parameters. */
export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Sends requests to the mlops-maturity backend and reads their answers;
 * failed requests reject with a `ResponseError` from `@backstage/errors`.
 */
export class MlopsMaturityFetcher {
  readonly #discoveryApi: MlopsMaturityApiClientOptions['discoveryApi'];
  readonly #fetchApi: { fetch: typeof fetch };

  constructor(options: MlopsMaturityApiClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    // The global fetch is looked up on each call, not when constructed.
    this.#fetchApi = options.fetchApi ?? {
      fetch: (input, init) => globalThis.fetch(input, init),
    };
  }

  async request(
    path: string,
    init: MlopsMaturityRequest = {},
  ): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl(PLUGIN_ID);
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    return this.#fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  }

  /** The JSON body of a successful answer. */
  async json<T>(path: string, init?: MlopsMaturityRequest): Promise<T> {
    const response = await this.request(path, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }

  /**
   * Reads what may not exist (an assessment, a draft): undefined for 204 No
   * Content, null for 404 Not Found (an entity the caller may not read, or
   * a backend that predates the route), the JSON body otherwise.
   */
  async optionalJson<T>(
    path: string,
    options: MlopsMaturityRequestOptions = {},
  ): Promise<T | undefined | null> {
    const response = await this.request(path, { token: options.token });
    if (response.status === 204) return undefined;
    if (response.status === 404) return null;
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
