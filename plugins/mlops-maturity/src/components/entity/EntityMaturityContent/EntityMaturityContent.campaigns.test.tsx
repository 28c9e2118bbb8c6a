import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { screen, within } from '@testing-library/react';
import { MlopsMaturityApi } from '../../../api';
import {
  campaign,
  deadlineInDays,
} from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';
import { responseError } from '../../../__testUtils__/responseError';

async function renderWithCampaigns(
  getEntityCampaigns: MlopsMaturityApi['getEntityCampaigns'],
  assessed = true,
) {
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () =>
      assessed ? currentAssessment(2, uniformAnswers(2)) : undefined,
    ),
    getEntityCampaigns,
  });
  await renderEntityMaturity({ api, canEdit: false });
  await screen.findByText(
    assessed ? 'Maturity level' : 'No maturity assessment yet',
  );
  return api;
}

describe('EntityMaturityContent: campaigns', () => {
  it('lists the active campaigns the service is in, with goal, deadline and whether it is done', async () => {
    const api = await renderWithCampaigns(
      jest.fn(async () => ({
        items: [
          {
            campaign: campaign({ deadline: deadlineInDays(5) }),
            done: true,
            overdue: false,
          },
          {
            campaign: campaign({
              id: 'c2',
              title: 'Reassess before the audit',
              goal: { kind: 'reassess' },
              deadline: deadlineInDays(-1),
            }),
            done: false,
            overdue: true,
          },
          {
            campaign: campaign({
              id: 'c3',
              title: 'Level 3 for risk',
              goal: { kind: 'level', level: 3 },
              deadline: deadlineInDays(40),
            }),
            done: false,
            overdue: false,
          },
        ],
      })),
    );
    expect(api.getEntityCampaigns).toHaveBeenCalledWith(ENTITY_REF);

    const table = await screen.findByRole('table', {
      name: 'Campaigns of this service',
    });
    const rows = within(table).getAllByTestId('entity-campaign');
    expect(rows).toHaveLength(3);
    const [done, overdue, open] = rows;
    expect(
      within(done).getByRole('link', { name: 'Level 2 by year end' }),
    ).toHaveAttribute('href', '/mlops-maturity/campaigns/c1');
    expect(done).toHaveTextContent(
      `Reach Level 2 (${testModel.levels[2].name})`,
    );
    expect(done).toHaveTextContent('5 days left');
    expect(within(done).getAllByRole('cell').at(-1)).toHaveTextContent('Done');

    expect(overdue).toHaveTextContent('Reassess');
    expect(overdue).toHaveTextContent('Overdue by 1 day');
    expect(within(overdue).getAllByRole('cell').at(-1)).toHaveTextContent(
      'Overdue',
    );

    expect(within(open).getAllByRole('cell').at(-1)).toHaveTextContent(
      'Not done yet',
    );
    expect(open).toHaveTextContent('40 days left');
  });

  it('shows the campaigns of a service not assessed yet', async () => {
    await renderWithCampaigns(
      jest.fn(async () => ({
        items: [{ campaign: campaign(), done: false, overdue: false }],
      })),
      false,
    );
    expect(
      await screen.findByRole('link', { name: 'Level 2 by year end' }),
    ).toBeInTheDocument();
  });

  it('shows nothing about campaigns when the service is in none', async () => {
    const api = await renderWithCampaigns(jest.fn(async () => ({ items: [] })));
    expect(api.getEntityCampaigns).toHaveBeenCalled();
    expect(
      screen.queryByRole('heading', { name: 'Campaigns' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Campaigns of this service' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the campaigns cannot be loaded', async () => {
    await renderWithCampaigns(
      jest.fn(async () => {
        throw await responseError(500, 'Error', 'database is down');
      }),
    );
    expect(await screen.findByText('database is down')).toBeInTheDocument();
    // The rest of the tab is still there.
    expect(screen.getByText('Maturity level')).toBeInTheDocument();
  });
});
