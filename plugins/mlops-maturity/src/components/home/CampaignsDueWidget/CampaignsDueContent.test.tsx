import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import {
  campaign,
  deadlineInDays,
  progress,
} from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { responseError } from '../../../__testUtils__/responseError';
import { rootRouteRef } from '../../../routes';
import { CampaignsDueContent } from './CampaignsDueContent';

async function render(api: MlopsMaturityApi) {
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <CampaignsDueContent />
    </TestApiProvider>,
    { mountedRoutes: { '/mlops-maturity': rootRouteRef } },
  );
}

const item = (id: string, title: string, days: number, done: number) => ({
  campaign: campaign({ id, title, deadline: deadlineInDays(days) }),
  progress: progress(done, 10),
});

describe('CampaignsDueContent', () => {
  it('lists the open campaigns, the nearest deadline first, with their progress', async () => {
    const api = fakeMlopsMaturityApi({
      listCampaigns: jest.fn(async () => ({
        // As the API lists them: the latest deadline first.
        items: [
          item('late', 'Level 3 next year', 200, 1),
          item('soon', 'Reassess before audit', 5, 7),
          item('overdue', 'Level 2 by autumn', -3, 4),
        ],
      })),
    });
    await render(api);
    const rows = await screen.findAllByTestId('campaign-due');
    expect(api.listCampaigns).toHaveBeenCalledWith('active');
    expect(rows.map(row => within(row).getByRole('link').textContent)).toEqual([
      'Level 2 by autumn',
      'Reassess before audit',
      'Level 3 next year',
    ]);
    expect(rows[0]).toHaveTextContent('Overdue by 3 days');
    expect(rows[1]).toHaveTextContent('5 days left');
    expect(rows[1]).toHaveTextContent('7 of 10 done (70%)');
    expect(
      within(rows[1]).getByRole('link', { name: 'Reassess before audit' }),
    ).toHaveAttribute('href', '/mlops-maturity/campaigns/soon');
  });

  it('says when no campaign is open', async () => {
    await render(fakeMlopsMaturityApi());
    expect(await screen.findByText('No open campaigns.')).toBeInTheDocument();
  });

  it('shows the server’s message and retries', async () => {
    const failure = await responseError(
      503,
      'ServiceUnavailableError',
      'Campaigns unavailable',
    );
    const api = fakeMlopsMaturityApi({
      listCampaigns: jest
        .fn()
        .mockRejectedValueOnce(failure)
        .mockResolvedValue({
          items: [item('soon', 'Reassess before audit', 5, 7)],
        }),
    });
    await render(api);
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('Campaigns unavailable');
    await userEvent.click(within(error).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('campaign-due')).toHaveTextContent(
      'Reassess before audit',
    );
  });
});
