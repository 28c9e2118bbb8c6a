import { MlopsMaturityApiClient } from './MlopsMaturityApiClient';
import { jsonResponse, setupClient as setup } from './__testUtils__/fakeFetch';

describe('MlopsMaturityApiClient requests', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sends a backend caller’s token as a bearer token, and none without one', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await client.getScorecardPage({ limit: 1 }, { token: 'service-token' });
    await client.createCampaign(
      { title: 't', goal: { kind: 'reassess' }, deadline: '2026-01-01' },
      { token: 'service-token' },
    );
    await client.getScorecardPage({ limit: 1 });
    expect(fetch.mock.calls.map(c => c[1]?.headers)).toEqual([
      { Authorization: 'Bearer service-token' },
      {
        Authorization: 'Bearer service-token',
        'Content-Type': 'application/json',
      },
      {},
    ]);
  });

  it('asks discovery for the mlops-maturity plugin on each call', async () => {
    const getBaseUrl = jest.fn(
      async (pluginId: string) => `http://h/${pluginId}`,
    );
    const fetch = jest.fn(async () => jsonResponse({ id: 'm' }));
    const client = new MlopsMaturityApiClient({
      discoveryApi: { getBaseUrl },
      fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
    });
    await client.getModel();
    await client.getModel();
    expect(getBaseUrl.mock.calls).toEqual([
      ['mlops-maturity'],
      ['mlops-maturity'],
    ]);
  });

  it('uses the global fetch when given no fetch API, looked up on each call', async () => {
    const client = new MlopsMaturityApiClient({
      discoveryApi: { getBaseUrl: async () => 'http://h/api/mlops-maturity' },
    });
    const global = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => jsonResponse({ id: 'm' }));
    await expect(client.getModel({ token: 't' })).resolves.toEqual({
      id: 'm',
    });
    expect(global).toHaveBeenCalledWith('http://h/api/mlops-maturity/model', {
      method: 'GET',
      headers: { Authorization: 'Bearer t' },
      body: undefined,
    });
  });
});
