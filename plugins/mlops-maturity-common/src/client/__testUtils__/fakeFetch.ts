import { MlopsMaturityApiClient } from '../MlopsMaturityApiClient';

/** The base URL the fake discovery gives for the plugin. */
export const BASE = 'http://localhost:7007/api/mlops-maturity';

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** An error answer in the form the backend's error handler writes. */
export function errorResponse(
  status: number,
  name: string,
  message: string,
  extra = {},
) {
  return jsonResponse(
    {
      error: { name, message, ...extra },
      request: { method: 'PUT', url: '/x' },
      response: { statusCode: status },
    },
    status,
  );
}

/**
 * A client whose fetch is a jest.fn answering with `respond`: the HTTP
 * behaviour of the client without a server (the real one is tested in the
 * backend package).
 */
export function setupClient(
  respond: (url: string, init?: RequestInit) => Response,
) {
  const fetch = jest.fn(async (url: string, init?: RequestInit) =>
    respond(url, init),
  );
  const client = new MlopsMaturityApiClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}
