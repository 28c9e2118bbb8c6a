import { ResponseError } from '@backstage/errors';
import {
  BASE,
  errorResponse,
  jsonResponse,
  setupClient as setup,
} from './__testUtils__/fakeFetch';

describe('MlopsMaturityApiClient scorecard and model', () => {
  it('reads the active model', async () => {
    const { client, fetch } = setup(() => jsonResponse({ id: 'm' }));
    await expect(client.getModel()).resolves.toEqual({ id: 'm' });
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/model`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('fetches a pinned model by encoded id and version', async () => {
    const { client, fetch } = setup(() => jsonResponse({ id: 'm' }));
    await client.getModelVersion('acme/model', '1.0.0+b');
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/models/acme%2Fmodel/1.0.0%2Bb`,
    );
  });

  it('repeats list filters in the scorecard query string', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await client.getScorecard({
      owner: ['group:default/a', 'group:default/b'],
      level: [0, 3],
      assessed: false,
      stale: true,
      belowTarget: true,
      q: 'fraud model',
      orderBy: 'score',
      order: 'asc',
      limit: 25,
      offset: 50,
    });
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/mlops-maturity/scorecard');
    expect(url.searchParams.getAll('owner')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(url.searchParams.getAll('level')).toEqual(['0', '3']);
    expect(url.searchParams.get('assessed')).toBe('false');
    expect(url.searchParams.get('stale')).toBe('true');
    expect(url.searchParams.get('belowTarget')).toBe('true');
    expect(url.searchParams.get('q')).toBe('fraud model');
    expect(url.searchParams.get('orderBy')).toBe('score');
    expect(url.searchParams.get('order')).toBe('asc');
    expect(url.searchParams.get('limit')).toBe('25');
    expect(url.searchParams.get('offset')).toBe('50');
  });

  it('calls the scorecard without a query string when nothing is set', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await client.getScorecard();
    expect(fetch.mock.calls[0][0]).toBe(`${BASE}/scorecard`);
  });

  it('asks for a page with sort and paging, and for a summary with the filters only', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    const query = {
      owner: ['group:default/a'],
      level: [2 as const],
      belowTarget: false,
      q: 'fraud',
      orderBy: 'name' as const,
      order: 'asc' as const,
      limit: 25,
      offset: 50,
    };
    await client.getScorecardPage(query);
    await client.getScorecardSummary(query);
    const page = new URL(fetch.mock.calls[0][0]);
    expect(page.pathname).toBe('/api/mlops-maturity/scorecard/page');
    expect([...page.searchParams.keys()].sort()).toEqual(
      [
        'belowTarget',
        'level',
        'limit',
        'offset',
        'order',
        'orderBy',
        'owner',
        'q',
      ].sort(),
    );
    const summary = new URL(fetch.mock.calls[1][0]);
    expect(summary.pathname).toBe('/api/mlops-maturity/scorecard/summary');
    expect(summary.search).toBe(
      '?owner=group%3Adefault%2Fa&level=2&belowTarget=false&q=fraud',
    );
  });

  it('exports the filtered view as CSV without paging', async () => {
    const { client, fetch } = setup(
      () =>
        new Response('entityRef,score\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="maturity-2024.csv"',
          },
        }),
    );
    const result = await client.exportScorecard({
      system: ['system:default/search'],
      belowTarget: true,
      orderBy: 'name',
      limit: 50,
      offset: 100,
    });
    const [requested, init] = fetch.mock.calls[0];
    expect(init?.headers).toEqual({ Accept: 'text/csv' });
    const url = new URL(requested);
    expect(url.pathname).toBe('/api/mlops-maturity/scorecard/export');
    expect(url.searchParams.getAll('system')).toEqual([
      'system:default/search',
    ]);
    expect(url.searchParams.get('belowTarget')).toBe('true');
    expect(url.searchParams.get('orderBy')).toBe('name');
    expect(url.searchParams.has('limit')).toBe(false);
    expect(url.searchParams.has('offset')).toBe(false);
    expect(result.fileName).toBe('maturity-2024.csv');
    expect(await result.blob.text()).toBe('entityRef,score\n');
  });

  it('exports from a page read by cursor without the cursor', async () => {
    const { client, fetch } = setup(
      () => new Response('entityRef\n', { status: 200 }),
    );
    await client.exportScorecard({ orderBy: 'name', cursor: 'eyJ2IjoxfQ' });
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.searchParams.get('orderBy')).toBe('name');
    expect(url.searchParams.has('cursor')).toBe(false);
  });

  it('names an export the server gives no file name, and fails one it refuses', async () => {
    const { client } = setup(() => new Response('entityRef\n'));
    await expect(client.exportScorecard()).resolves.toMatchObject({
      // The header can be hidden (cross-origin, not exposed): a dated name.
      fileName: `mlops-maturity-scorecard-${new Date()
        .toISOString()
        .slice(0, 10)}.csv`,
    });
    const refused = setup(() => errorResponse(403, 'NotAllowedError', 'no'));
    const error = await refused.client.exportScorecard().catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
  });

  it('passes the evidence filters and sort to the scorecard, its page, its summary and its export', async () => {
    const { client, fetch } = setup(url =>
      url.includes('/export')
        ? new Response('entityRef\n', { status: 200 })
        : jsonResponse({ items: [] }),
    );
    const query = {
      evidenceShareMin: 0.5,
      evidenceShareMax: 1,
      evidenceSuggestsHigher: true,
      orderBy: 'evidenceShare' as const,
      order: 'desc' as const,
      limit: 25,
    };
    await client.getScorecard(query);
    await client.getScorecardPage(query);
    await client.getScorecardSummary(query);
    await client.exportScorecard(query);
    const urls = fetch.mock.calls.map(c => new URL(c[0]));
    expect(urls.map(u => u.pathname)).toEqual([
      '/api/mlops-maturity/scorecard',
      '/api/mlops-maturity/scorecard/page',
      '/api/mlops-maturity/scorecard/summary',
      '/api/mlops-maturity/scorecard/export',
    ]);
    for (const url of urls) {
      expect(url.searchParams.get('evidenceShareMin')).toBe('0.5');
      expect(url.searchParams.get('evidenceShareMax')).toBe('1');
      expect(url.searchParams.get('evidenceSuggestsHigher')).toBe('true');
    }
    expect(urls[0].searchParams.get('orderBy')).toBe('evidenceShare');
    expect(urls[1].searchParams.get('orderBy')).toBe('evidenceShare');
    expect(urls[1].searchParams.get('order')).toBe('desc');
    // The summary does not depend on the sort.
    expect(urls[2].searchParams.has('orderBy')).toBe(false);
    expect(urls[3].searchParams.get('orderBy')).toBe('evidenceShare');
  });

  it('passes the campaign, type and tag filters to the scorecard', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await client.getScorecardPage({
      campaign: 'c1',
      campaignDone: false,
      type: ['ml-model'],
      tag: ['pii', 'batch'],
      limit: 25,
    });
    await client.getScorecardSummary({ campaign: 'c1', campaignDone: true });
    const page = new URL(fetch.mock.calls[0][0]);
    expect(page.searchParams.get('campaign')).toBe('c1');
    expect(page.searchParams.get('campaignDone')).toBe('false');
    expect(page.searchParams.getAll('type')).toEqual(['ml-model']);
    expect(page.searchParams.getAll('tag')).toEqual(['pii', 'batch']);
    expect(new URL(fetch.mock.calls[1][0]).search).toBe(
      '?campaign=c1&campaignDone=true',
    );
  });
});
