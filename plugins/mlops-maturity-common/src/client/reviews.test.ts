import { ResponseError } from '@backstage/errors';
import {
  BASE,
  errorResponse,
  jsonResponse,
  setupClient as setup,
} from './__testUtils__/fakeFetch';

const entity = { kind: 'component', namespace: 'default', name: 'ranker' };

describe('MlopsMaturityApiClient reviews', () => {
  it('reads the verification of an entity from its verification route', async () => {
    const verification = { entityRef: 'component:default/ranker' };
    const { client, fetch } = setup(() => jsonResponse(verification));
    await expect(
      client.getVerification({ ...entity, namespace: 'my ns' }),
    ).resolves.toEqual(verification);
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/assessments/component/my%20ns/ranker/verification`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('answers no verification for a 404 (not assessed, not readable, an older backend)', async () => {
    const { client } = setup(() =>
      errorResponse(404, 'NotFoundError', 'no such entity'),
    );
    await expect(client.getVerification(entity)).resolves.toBe(undefined);
    const failing = setup(() => errorResponse(500, 'Error', 'boom'));
    const error = await failing.client.getVerification(entity).catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(500);
  });

  it('asks for a page of the review queue with its owners, limit and cursor', async () => {
    const page = { items: [], nextCursor: 'c2' };
    const { client, fetch } = setup(() => jsonResponse(page));
    await expect(client.getReviewQueue()).resolves.toEqual(page);
    await client.getReviewQueue({
      owner: ['group:default/ml platform', 'team-b'],
      limit: 20,
      cursor: 'a/b=',
    });
    await client.getReviewQueue({ owner: 'team-a' });
    expect(fetch.mock.calls.map(c => c[0])).toEqual([
      `${BASE}/reviews`,
      `${BASE}/reviews?owner=group%3Adefault%2Fml+platform&owner=team-b&limit=20&cursor=a%2Fb%3D`,
      `${BASE}/reviews?owner=team-a`,
    ]);
  });

  it('posts a decision to the answer’s review path', async () => {
    const decided = { questionId: 'model registry', status: 'approved' };
    const { client, fetch } = setup(() => jsonResponse(decided));
    const request = {
      requestedRevision: 4,
      decision: 'approved' as const,
      expiresAt: '2027-12-07T00:00:00.000Z',
    };
    await expect(
      client.decideReview(entity, 'model registry', request),
    ).resolves.toEqual(decided);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      `${BASE}/reviews/component/default/ranker/model%20registry`,
    );
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(request);
  });

  it('rejects a stale decision with the 409 the server sent', async () => {
    const { client } = setup(() =>
      errorResponse(409, 'ConflictError', 'revision 4 is not pending'),
    );
    const error = await client
      .decideReview(entity, 'registry', {
        requestedRevision: 4,
        decision: 'rejected',
        comment: 'No link',
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.body.error.name).toBe('ConflictError');
  });
});
