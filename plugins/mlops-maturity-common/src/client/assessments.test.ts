import { ResponseError } from '@backstage/errors';
import {
  BASE,
  errorResponse,
  jsonResponse,
  setupClient as setup,
} from './__testUtils__/fakeFetch';

const entity = { kind: 'component', namespace: 'default', name: 'a' };

describe('MlopsMaturityApiClient assessments', () => {
  it('encodes each entity segment into the assessment path', async () => {
    const { client, fetch } = setup(() => jsonResponse({ revision: 1 }));
    await client.getAssessment({
      kind: 'component',
      namespace: 'my ns',
      name: 'fraud/model',
    });
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/my%20ns/fraud%2Fmodel`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('asks for the history with its limit', async () => {
    const items = [{ revision: 2 }];
    const { client, fetch } = setup(() => jsonResponse({ items }));
    await expect(
      client.getHistory(
        { kind: 'Component', namespace: 'default', name: 'ranker' },
        { limit: 20 },
      ),
    ).resolves.toEqual(items);
    await client.getHistory(entity);
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/assessments/Component/default/ranker/history?limit=20`,
      `${BASE}/assessments/component/default/a/history`,
    ]);
  });

  it('reads a revision by number', async () => {
    const { client, fetch } = setup(() => jsonResponse({ revision: 3 }));
    await expect(client.getRevision(entity, 3)).resolves.toEqual({
      revision: 3,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/assessments/component/default/a/revisions/3`,
    );
  });

  it('returns undefined for a missing assessment or draft', async () => {
    const { client } = setup(() =>
      errorResponse(404, 'NotFoundError', 'no assessment'),
    );
    await expect(client.getAssessment(entity)).resolves.toBe(undefined);
    await expect(client.getDraft(entity)).resolves.toBe(undefined);
  });

  it('returns undefined for an assessment or draft answered with 204', async () => {
    const { client } = setup(() => new Response(null, { status: 204 }));
    await expect(client.getAssessment(entity)).resolves.toBe(undefined);
    await expect(client.getDraft(entity)).resolves.toBe(undefined);
  });

  it('tells a 404 from a 204 on the assessment read when asked', async () => {
    const missing = setup(() => errorResponse(404, 'NotFoundError', 'gone'));
    await expect(
      missing.client.getAssessment(entity, { nullIfNotFound: true }),
    ).resolves.toBeNull();
    const none = setup(() => new Response(null, { status: 204 }));
    await expect(
      none.client.getAssessment(entity, { nullIfNotFound: true }),
    ).resolves.toBe(undefined);
    const failing = setup(() => errorResponse(500, 'Error', 'boom'));
    const error = await failing.client
      .getAssessment(entity, { nullIfNotFound: true })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(500);
  });

  it('reads the target of an entity from its target route', async () => {
    const target = { level: 3, title: 'Production services' };
    const { client, fetch } = setup(() => jsonResponse({ target }));
    await expect(
      client.getTarget({ ...entity, name: 'fraud-model' }),
    ).resolves.toEqual(target);
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/fraud-model/target`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('returns null when no target applies or the entity cannot be read', async () => {
    const { client } = setup(() => jsonResponse({ target: null }));
    await expect(client.getTarget(entity)).resolves.toBeNull();
    const hidden = setup(() =>
      errorResponse(404, 'NotFoundError', 'no such entity'),
    );
    await expect(hidden.client.getTarget(entity)).resolves.toBeNull();
  });

  it('fails a target request the server cannot answer', async () => {
    const { client } = setup(() =>
      errorResponse(500, 'Error', 'catalog unavailable'),
    );
    const error = await client.getTarget(entity).catch(e => e);
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
      client.getEvidence({ ...entity, name: 'fraud-model' }),
    ).resolves.toEqual({ signals });
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/fraud-model/evidence`,
      expect.objectContaining({ method: 'GET' }),
    );
    const hidden = setup(() =>
      errorResponse(404, 'NotFoundError', 'no such entity'),
    );
    await expect(hidden.client.getEvidence(entity)).resolves.toEqual({
      signals: [],
    });
    const failing = setup(() => errorResponse(500, 'Error', 'boom'));
    const error = await failing.client.getEvidence(entity).catch(e => e);
    expect(error.statusCode).toBe(500);
  });

  it('sends the submit body as JSON with PUT', async () => {
    const { client, fetch } = setup(() => jsonResponse({ revision: 4 }));
    const answers = { rollback: { level: 2 as const } };
    await client.submitAssessment(entity, { baseRevision: 3, answers });
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
      .submitAssessment(entity, { baseRevision: 3, answers: {} })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.body.error.name).toBe('ConflictError');
  });

  it('saves a draft with PUT and keeps validation issues of a 400 on the error body', async () => {
    const issues = [
      {
        field: 'answers.rollback.level',
        message: 'bad',
        questionId: 'rollback',
      },
    ];
    const { client, fetch } = setup(() =>
      errorResponse(400, 'InputError', 'invalid answers', { issues }),
    );
    const request = { draftVersion: null, baseRevision: null, answers: {} };
    const error = await client.saveDraft(entity, request).catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.body.error.issues).toEqual(issues);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${BASE}/assessments/component/default/a/draft`);
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual(request);
  });

  it('deletes a draft and tolerates one that is already gone', async () => {
    const { client, fetch } = setup(() => new Response(null, { status: 404 }));
    await expect(client.deleteDraft(entity)).resolves.toBe(undefined);
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/default/a/draft`,
      expect.objectContaining({ method: 'DELETE' }),
    );
    await client.deleteDraft(entity, { version: 7 });
    expect(fetch).toHaveBeenLastCalledWith(
      `${BASE}/assessments/component/default/a/draft?version=7`,
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('fails a draft deletion the server refuses', async () => {
    const { client } = setup(() =>
      errorResponse(403, 'NotAllowedError', 'not an owner'),
    );
    const error = await client.deleteDraft(entity).catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
  });
});
