import { ResponseError } from '@backstage/errors';
import {
  errorResponse,
  jsonResponse,
  setupClient as setup,
} from './__testUtils__/fakeFetch';

describe('MlopsMaturityApiClient scorecard trend', () => {
  it('sends the filters, dates and interval of a trend', async () => {
    const { client, fetch } = setup(() => jsonResponse({ points: [] }));
    await expect(
      client.getScorecardTrend({
        owner: ['group:default/a'],
        campaign: 'c1',
        from: '2026-01-01',
        to: '2026-03-31',
        interval: 'week',
      }),
    ).resolves.toEqual({ points: [] });
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/mlops-maturity/scorecard/trend');
    expect(url.searchParams.getAll('owner')).toEqual(['group:default/a']);
    expect(url.searchParams.get('campaign')).toBe('c1');
    expect(url.searchParams.get('from')).toBe('2026-01-01');
    expect(url.searchParams.get('to')).toBe('2026-03-31');
    expect(url.searchParams.get('interval')).toBe('week');
  });

  it('calls the trend without a query string when nothing is set', async () => {
    const { client, fetch } = setup(() => jsonResponse({ points: [] }));
    await client.getScorecardTrend();
    expect(new URL(fetch.mock.calls[0][0]).search).toBe('');
  });

  it('downloads the trend as CSV, and fails an export it refuses', async () => {
    const { client, fetch } = setup(
      () =>
        new Response('date,as_of\n', {
          headers: {
            'content-disposition': 'attachment; filename="trend-q1.csv"',
          },
        }),
    );
    const file = await client.exportScorecardTrend({ interval: 'month' });
    const [requested, init] = fetch.mock.calls[0];
    expect(init?.headers).toEqual({ Accept: 'text/csv' });
    const url = new URL(requested);
    expect(url.pathname).toBe('/api/mlops-maturity/scorecard/trend/export');
    expect(url.searchParams.get('interval')).toBe('month');
    expect(file.fileName).toBe('trend-q1.csv');
    expect(await file.blob.text()).toBe('date,as_of\n');

    const refused = setup(() => errorResponse(400, 'InputError', 'bad'));
    const error = await refused.client.exportScorecardTrend().catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(400);
  });

  it("asks for one service's trend by its parts, with the dates and interval", async () => {
    const { client, fetch } = setup(() =>
      jsonResponse({ entityRef: 'component:default/m', points: [] }),
    );
    await client.getServiceTrend(
      { kind: 'Component', namespace: 'default', name: 'm' },
      { from: '2026-01-01', interval: 'week' },
    );
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe(
      '/api/mlops-maturity/assessments/Component/default/m/trend',
    );
    expect(url.searchParams.get('from')).toBe('2026-01-01');
    expect(url.searchParams.get('interval')).toBe('week');
    expect(url.searchParams.has('to')).toBe(false);
  });

  it("asks for the teams' trends with the filters, dates and interval", async () => {
    const { client, fetch } = setup(() => jsonResponse({ teams: [] }));
    await expect(
      client.getTeamTrend({
        lifecycle: ['production'],
        to: '2026-03-31',
        interval: 'week',
      }),
    ).resolves.toEqual({ teams: [] });
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/mlops-maturity/scorecard/trend/teams');
    expect(url.searchParams.getAll('lifecycle')).toEqual(['production']);
    expect(url.searchParams.get('to')).toBe('2026-03-31');
    expect(url.searchParams.get('interval')).toBe('week');
  });
});
