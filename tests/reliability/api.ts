import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** A small HTTP client for one backend and one token. */
export function apiClient(baseUrl: string, token?: string) {
  const headers = (extra: Record<string, string> = {}) => ({
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  const call = async (
    method: string,
    path: string,
    body?: { json: unknown } | { raw: string; contentType?: string },
  ) => {
    const init: RequestInit = { method, headers: headers() };
    if (body && 'json' in body) {
      init.body = JSON.stringify(body.json);
      init.headers = headers({ 'Content-Type': 'application/json' });
    } else if (body) {
      init.body = body.raw;
      init.headers = headers(
        body.contentType ? { 'Content-Type': body.contentType } : {},
      );
    }
    const res = await fetch(`${baseUrl}${path}`, init);
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  };
  return {
    call,
    get: (path: string) => call('GET', path),
    put: (path: string, json: unknown) => call('PUT', path, { json }),
    delete: (path: string) => call('DELETE', path),
  };
}

/** The question ids of the built-in model. */
export const QUESTION_IDS = defaultMaturityModel.questions.map(q => q.id);

/** Team recommendations' services: the guest (Ada) owns them. */
export const OWNED_ENTITIES = [
  'product-recommender',
  'similar-items-model',
  'user-embedding-pipeline',
  'homepage-ranker',
].map(name => `component:default/${name}`);

/** The API path of an entity's assessment. */
export const assessmentPath = (entityRef: string) =>
  `/api/mlops-maturity/assessments/${entityRef.replace(':', '/')}`;

/** A complete set of answers, every question at `level`. */
export const answersAt = (level: number) =>
  Object.fromEntries(QUESTION_IDS.map(id => [id, { level }]));
