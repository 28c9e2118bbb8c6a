import { screen, waitFor } from '@testing-library/react';
import { MlopsMaturityClient } from '../../../api';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturityCard } from '../../../__testUtils__/renderEntityMaturityCard';

// The card over the real client: what the backend answers for an entity
// the user may not read (404, as for one never assessed) or for a user
// without the plugin's read permission (403).

const BASE = 'http://localhost:7007/api/mlops-maturity';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** A backend that answers every entity route with `status`. */
function backend(status: 404 | 403) {
  const fetch = jest.fn(async (url: string) => {
    if (url === `${BASE}/model`) return json(testModel);
    const name = status === 404 ? 'NotFoundError' : 'NotAllowedError';
    const message =
      status === 404
        ? 'No assessment'
        : 'You may not read MLOps maturity assessments';
    return json(
      { error: { name, message }, response: { statusCode: status } },
      status,
    );
  });
  const api = new MlopsMaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { api, fetch };
}

const requested = (fetch: jest.Mock) =>
  fetch.mock.calls.map(([url]) => String(url).slice(BASE.length));

describe('EntityMaturityCard: what it tells a user who may not read', () => {
  it('a 404 reads as not assessed: no level, target, plan, share or trend', async () => {
    const { api, fetch } = backend(404);
    await renderEntityMaturityCard({ api, canEdit: false });
    expect(await screen.findByTestId('card-not-assessed')).toHaveTextContent(
      /^Not assessed yet\.$/,
    );
    expect(screen.queryByTestId('card-level')).not.toBeInTheDocument();
    expect(screen.queryByTestId('card-target')).not.toBeInTheDocument();
    expect(screen.queryByTestId('load-error')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(requested(fetch)).toContain(
        '/assessments/component/default/fraud-model/evidence',
      ),
    );
    expect(requested(fetch).some(path => path.includes('/trend'))).toBe(false);
  });

  it('a 403 says only that assessments are not for this user, with no link into them', async () => {
    const { api, fetch } = backend(403);
    await renderEntityMaturityCard({ api, canEdit: false });
    expect(
      await screen.findByText('You may not see maturity assessments.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('card-not-assessed')).not.toBeInTheDocument();
    expect(screen.queryByTestId('card-target')).not.toBeInTheDocument();
    expect(screen.queryByTestId('load-error')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Open the Maturity tab' }),
    ).not.toBeInTheDocument();
    expect(requested(fetch).some(path => path.includes('/trend'))).toBe(false);
  });
});
