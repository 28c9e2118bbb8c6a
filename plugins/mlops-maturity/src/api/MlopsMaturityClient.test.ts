import { ResponseError } from '@backstage/errors';
import { MlopsMaturityClient } from './MlopsMaturityClient';

const BASE = 'http://localhost:7007/api/mlops-maturity';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function errorResponse(
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

describe('MlopsMaturityClient', () => {
  it('encodes each entity ref segment into the assessment path', async () => {
    const { client, fetch } = setup(() => jsonResponse({ revision: 1 }));
    await client.getAssessment('component:my ns/fraud/model');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/my%20ns/fraud%2Fmodel`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('accepts compound entity refs', async () => {
    const { client, fetch } = setup(() => jsonResponse({ items: [] }));
    await client.getHistory(
      { kind: 'Component', namespace: 'default', name: 'ranker' },
      { limit: 20 },
    );
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/assessments/Component/default/ranker/history?limit=20`,
    );
  });

  it('returns undefined for a missing assessment or draft', async () => {
    const { client } = setup(() =>
      errorResponse(404, 'NotFoundError', 'no assessment'),
    );
    await expect(client.getAssessment('component:default/a')).resolves.toBe(
      undefined,
    );
    await expect(client.getDraft('component:default/a')).resolves.toBe(
      undefined,
    );
  });

  it('returns undefined for an assessment or draft answered with 204', async () => {
    const { client } = setup(() => new Response(null, { status: 204 }));
    await expect(client.getAssessment('component:default/a')).resolves.toBe(
      undefined,
    );
    await expect(client.getDraft('component:default/a')).resolves.toBe(
      undefined,
    );
  });

  it('reads the target of an entity from its target route', async () => {
    const target = { level: 3, title: 'Production services' };
    const { client, fetch } = setup(() => jsonResponse({ target }));
    await expect(
      client.getTarget('component:default/fraud-model'),
    ).resolves.toEqual(target);
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/fraud-model/target`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('returns null when no target applies or the entity cannot be read', async () => {
    const { client } = setup(() => jsonResponse({ target: null }));
    await expect(client.getTarget('component:default/a')).resolves.toBeNull();
    const hidden = setup(() =>
      errorResponse(404, 'NotFoundError', 'no such entity'),
    );
    await expect(
      hidden.client.getTarget('component:default/a'),
    ).resolves.toBeNull();
  });

  it('fails a target request the server cannot answer', async () => {
    const { client } = setup(() =>
      errorResponse(500, 'Error', 'catalog unavailable'),
    );
    const error = await client.getTarget('component:default/a').catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(500);
  });

  it('reads the evidence of an entity, none when it cannot be read', async () => {
    const signals = [
      {
        questionId: 'incident-response',
        level: 3,
        title: 'On-call alerts through PagerDuty',
        source: 'catalog',
        observedAt: '2024-05-01T00:00:00Z',
      },
    ];
    const { client, fetch } = setup(() => jsonResponse({ signals }));
    await expect(
      client.getEvidence('component:default/fraud-model'),
    ).resolves.toEqual({ signals });
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/fraud-model/evidence`,
      expect.objectContaining({ method: 'GET' }),
    );
    const hidden = setup(() =>
      errorResponse(404, 'NotFoundError', 'no such entity'),
    );
    await expect(
      hidden.client.getEvidence('component:default/a'),
    ).resolves.toEqual({ signals: [] });
    const failing = setup(() => errorResponse(500, 'Error', 'boom'));
    const error = await failing.client
      .getEvidence('component:default/a')
      .catch(e => e);
    expect(error.statusCode).toBe(500);
  });

  it('sends the submit body as JSON with PUT', async () => {
    const { client, fetch } = setup(() => jsonResponse({ revision: 4 }));
    const answers = { rollback: { level: 2 as const } };
    await client.submitAssessment('component:default/a', {
      baseRevision: 3,
      answers,
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE}/assessments/component/default/a`);
    expect(init?.method).toBe('PUT');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({
      baseRevision: 3,
      answers,
    });
  });

  it('turns a 409 into a ResponseError that keeps the server error name', async () => {
    const { client } = setup(() =>
      errorResponse(409, 'ConflictError', 'revision 3 is not current'),
    );
    const error = await client
      .submitAssessment('component:default/a', { baseRevision: 3, answers: {} })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.body.error.name).toBe('ConflictError');
  });

  it('keeps validation issues of a 400 on the error body', async () => {
    const issues = [
      {
        field: 'answers.rollback.level',
        message: 'bad',
        questionId: 'rollback',
      },
    ];
    const { client } = setup(() =>
      errorResponse(400, 'InputError', 'invalid answers', { issues }),
    );
    const error = await client
      .saveDraft('component:default/a', {
        draftVersion: null,
        baseRevision: null,
        answers: {},
      })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.body.error.issues).toEqual(issues);
  });

  it('deletes a draft and tolerates one that is already gone', async () => {
    const { client, fetch } = setup(() => new Response(null, { status: 404 }));
    await expect(client.deleteDraft('component:default/a')).resolves.toBe(
      undefined,
    );
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/a/draft`,
      expect.objectContaining({ method: 'DELETE' }),
    );
    await client.deleteDraft('component:default/a', { version: 7 });
    expect(fetch).toHaveBeenLastCalledWith(
      `${BASE}/assessments/component/default/a/draft?version=7`,
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('fails a draft deletion the server refuses', async () => {
    const { client } = setup(() =>
      errorResponse(403, 'NotAllowedError', 'not an owner'),
    );
    const error = await client.deleteDraft('component:default/a').catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
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
    const url = new URL(fetch.mock.calls[0][0]);
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

  it('fetches a pinned model by encoded id and version', async () => {
    const { client, fetch } = setup(() => jsonResponse({ id: 'm' }));
    await client.getModelVersion('acme/model', '1.0.0+b');
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/models/acme%2Fmodel/1.0.0%2Bb`,
    );
  });
  describe('campaigns', () => {
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
      await expect(
        client.getEntityCampaigns('component:default/fraud-model'),
      ).resolves.toEqual({ items });
      await expect(
        client.getEntityCampaigns('component:default/secret'),
      ).resolves.toEqual({ items: [] });
      expect(fetch.mock.calls[0][0]).toBe(
        `${BASE}/assessments/component/default/fraud-model/campaigns`,
      );
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
});
