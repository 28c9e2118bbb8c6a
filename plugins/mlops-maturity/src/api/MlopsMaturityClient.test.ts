import { ResponseError } from '@backstage/errors';
import { MlopsMaturityClient } from './MlopsMaturityClient';

// The HTTP behaviour of each call is tested with the common
// MlopsMaturityApiClient this adapter delegates to; here only what the
// adapter adds: entity ref strings, and the app's discovery and fetch APIs.

const BASE = 'http://localhost:7007/api/mlops-maturity';

function setup(respond: (url: string, init?: RequestInit) => Response) {
  const fetch = jest.fn(async (url: string, init?: RequestInit) =>
    respond(url, init),
  );
  const client = new MlopsMaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('MlopsMaturityClient', () => {
  it('parses entity ref strings, each segment encoded into the path', async () => {
    const { client, fetch } = setup(() => json({ revision: 1 }));
    await client.getAssessment('component:my ns/fraud/model');
    await client.deleteDraft('component:fraud-model', { version: 7 });
    expect(fetch.mock.calls.map(c => [c[0], c[1]?.method])).toEqual([
      [`${BASE}/assessments/component/my%20ns/fraud%2Fmodel`, 'GET'],
      [
        `${BASE}/assessments/component/default/fraud-model/draft?version=7`,
        'DELETE',
      ],
    ]);
  });

  it('accepts compound entity refs', async () => {
    const items = [{ revision: 2 }];
    const { client, fetch } = setup(() => json({ items }));
    await expect(
      client.getHistory(
        { kind: 'Component', namespace: 'default', name: 'ranker' },
        { limit: 20 },
      ),
    ).resolves.toEqual(items);
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/assessments/Component/default/ranker/history?limit=20`,
    );
  });

  it('sends the user’s request through the fetch API, without a token of its own', async () => {
    const { client, fetch } = setup(() => json({ campaign: { id: 'c1' } }));
    await client.updateCampaign('c1', { title: 'Level 2 by Q1' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE}/campaigns/c1`);
    expect(init).toEqual({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Level 2 by Q1' }),
    });
  });

  it('answers none for what is missing, and rejects with a ResponseError', async () => {
    const missing = setup(() =>
      json({ error: { name: 'NotFoundError' } }, 404),
    );
    await expect(
      missing.client.getAssessment('component:default/a'),
    ).resolves.toBe(undefined);
    await expect(
      missing.client.getTarget('component:default/a'),
    ).resolves.toBeNull();
    const conflict = setup(() =>
      json({ error: { name: 'ConflictError', message: 'stale' } }, 409),
    );
    const error = await conflict.client
      .submitAssessment('component:default/a', { baseRevision: 3, answers: {} })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
  });

  it('reads the verification of an entity ref string, none for a 404', async () => {
    const { client, fetch } = setup(url =>
      url.endsWith('/verification')
        ? json({ error: { name: 'NotFoundError' } }, 404)
        : json({ status: 'approved' }),
    );
    await expect(
      client.getVerification('component:default/ranker'),
    ).resolves.toBe(undefined);
    await client.decideReview('component:ml/ranker', 'registry', {
      requestedRevision: 2,
      decision: 'approved',
    });
    expect(fetch.mock.calls.map(c => [c[0], c[1]?.method])).toEqual([
      [`${BASE}/assessments/component/default/ranker/verification`, 'GET'],
      [`${BASE}/reviews/component/ml/ranker/registry`, 'POST'],
    ]);
  });
});
