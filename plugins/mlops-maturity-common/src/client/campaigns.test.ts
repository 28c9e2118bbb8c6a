import { ResponseError } from '@backstage/errors';
import {
  BASE,
  errorResponse,
  jsonResponse,
  setupClient as setup,
} from './__testUtils__/fakeFetch';

describe('MlopsMaturityApiClient campaigns', () => {
  it('lists campaigns, all of them or those in one state', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await expect(client.listCampaigns()).resolves.toEqual({ items: [] });
    await client.listCampaigns('closed');
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/campaigns`,
      `${BASE}/campaigns?state=closed`,
    ]);
  });

  it('reads a campaign and its history by encoded id', async () => {
    const { client, fetch } = setup(() => jsonResponse({}));
    await client.getCampaign('q4/push');
    await client.getCampaignHistory('q4/push');
    expect(fetch.mock.calls.map(c => [c[0], c[1]?.method])).toEqual([
      [`${BASE}/campaigns/q4%2Fpush`, 'GET'],
      [`${BASE}/campaigns/q4%2Fpush/history`, 'GET'],
    ]);
  });

  it('creates with POST, changes with PATCH and closes with POST', async () => {
    const { client, fetch } = setup(() =>
      jsonResponse({ campaign: { id: 'c1' } }),
    );
    const input = {
      title: 'Level 2 by Q4',
      goal: { kind: 'level' as const, level: 2 as const },
      deadline: '2026-12-31T23:59:59.999Z',
    };
    await client.createCampaign(input);
    await client.updateCampaign('c1', { title: 'Level 2 by Q1' });
    await client.closeCampaign('c1');
    const calls = fetch.mock.calls.map(([url, init]) => ({
      url,
      method: init?.method,
      body: init?.body ? JSON.parse(init.body as string) : undefined,
      type: (init?.headers as Record<string, string>)?.['Content-Type'],
    }));
    expect(calls).toEqual([
      {
        url: `${BASE}/campaigns`,
        method: 'POST',
        body: input,
        type: 'application/json',
      },
      {
        url: `${BASE}/campaigns/c1`,
        method: 'PATCH',
        body: { title: 'Level 2 by Q1' },
        type: 'application/json',
      },
      {
        url: `${BASE}/campaigns/c1/close`,
        method: 'POST',
        body: undefined,
        type: undefined,
      },
    ]);
  });

  it('rejects a refused write with the server message on the error', async () => {
    const { client } = setup(() =>
      errorResponse(400, 'InputError', 'body.title must not be empty'),
    );
    const error = await client
      .createCampaign({
        title: '',
        goal: { kind: 'reassess' },
        deadline: '2026-12-31T00:00:00Z',
      })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
    expect(error.cause.message).toBe('body.title must not be empty');
  });

  it('fails a campaign the server does not know', async () => {
    const { client } = setup(() =>
      errorResponse(404, 'NotFoundError', 'no campaign c9'),
    );
    const error = await client.getCampaign('c9').catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(404);
  });

  it("reads an entity's campaigns, and none when it cannot be read", async () => {
    const items = [{ campaign: { id: 'c1' }, done: true, overdue: false }];
    const { client, fetch } = setup(url =>
      url.includes('/secret/')
        ? errorResponse(404, 'NotFoundError', 'no entity')
        : jsonResponse({ items }),
    );
    const entity = { kind: 'component', namespace: 'default' };
    await expect(
      client.getEntityCampaigns({ ...entity, name: 'fraud-model' }),
    ).resolves.toEqual({ items });
    await expect(
      client.getEntityCampaigns({ ...entity, name: 'secret' }),
    ).resolves.toEqual({ items: [] });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/assessments/component/default/fraud-model/campaigns`,
    );
  });
});
