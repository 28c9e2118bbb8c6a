import { MockStorageApi } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  activeCampaigns,
  apiWithCampaigns,
  closedCampaign,
  renderCampaignsSection,
} from '../../../__testUtils__/renderCampaignsSection';

const foldButton = () => screen.getByRole('button', { name: /^Campaigns/ });

describe('CampaignsSection folding', () => {
  it('starts folded, saying how many campaigns are active and how many overdue', async () => {
    const api = apiWithCampaigns();
    await renderCampaignsSection(api, { storage: MockStorageApi.create() });
    expect(
      await screen.findByText('2 active, 1 past its deadline'),
    ).toBeInTheDocument();
    expect(foldButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('campaign-row')).not.toBeInTheDocument();
  });

  it('remembers for the user that the card was unfolded, and folded again', async () => {
    const storage = MockStorageApi.create();
    const first = await renderCampaignsSection(apiWithCampaigns(), {
      storage,
    });
    await userEvent.click(foldButton());
    await waitFor(() =>
      expect(screen.getAllByTestId('campaign-row')).toHaveLength(2),
    );
    expect(
      storage.forBucket('mlops-maturity').snapshot('campaignsExpanded').value,
    ).toBe(true);
    first.unmount();

    // The next visit opens the card as it was left.
    const second = await renderCampaignsSection(apiWithCampaigns(), {
      storage,
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('campaign-row')).toHaveLength(2),
    );
    expect(foldButton()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(foldButton());
    await waitFor(() =>
      expect(screen.queryByTestId('campaign-row')).not.toBeInTheDocument(),
    );
    second.unmount();

    await renderCampaignsSection(apiWithCampaigns(), { storage });
    expect(await screen.findByText(/^2 active/)).toBeInTheDocument();
    expect(foldButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('says there is no active campaign while folded', async () => {
    await renderCampaignsSection(
      fakeMlopsMaturityApi({
        listCampaigns: jest.fn(async () => ({ items: [] })),
      }),
      { storage: MockStorageApi.create() },
    );
    expect(await screen.findByText('None active')).toBeInTheDocument();
  });
});

describe('CampaignsSection closed campaigns', () => {
  const closedItems = [
    closedCampaign('c0', 'Level 1 everywhere', '2026-06-30T12:00:00Z', 8, 8),
    closedCampaign('c5', 'Reassess Q3', '2026-10-02T09:00:00Z', 3, 12),
    closedCampaign('c3', 'Fraud to Level 1', '2026-08-15T09:00:00Z', 0, 0),
  ];

  it('lists the closed campaigns apart from the active ones, newest closed first, each with its progress, closed date and page', async () => {
    const listCampaigns = jest.fn(async (state?: string) => ({
      items: state === 'closed' ? closedItems : activeCampaigns,
    }));
    await renderCampaignsSection(fakeMlopsMaturityApi({ listCampaigns }));
    await waitFor(() =>
      expect(screen.getAllByTestId('campaign-row')).toHaveLength(2),
    );
    // Asked for only when looked at.
    expect(listCampaigns).not.toHaveBeenCalledWith('closed');

    await userEvent.click(screen.getByRole('tab', { name: 'Closed' }));
    const table = await screen.findByRole('table', {
      name: 'Closed campaigns',
    });
    expect(listCampaigns).toHaveBeenCalledWith('closed');
    // The active ones are not among them.
    expect(screen.queryByTestId('campaign-row')).not.toBeInTheDocument();

    const rows = within(table).getAllByTestId('closed-campaign-row');
    expect(rows.map(r => within(r).getByRole('link').textContent)).toEqual([
      'Reassess Q3',
      'Fraud to Level 1',
      'Level 1 everywhere',
    ]);
    expect(within(rows[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/mlops-maturity/campaigns/c5',
    );
    expect(rows[0]).toHaveTextContent('3 of 12 done (25%)');
    expect(rows[1]).toHaveTextContent('No services in scope');
    expect(
      within(rows[2]).getByRole('progressbar', {
        name: '8 of 8 services done',
      }),
    ).toHaveAttribute('aria-valuenow', '100');
    const closedOn = within(rows[0]).getByTestId('campaign-closed-at');
    expect(closedOn).toHaveAttribute('dateTime', '2026-10-02T09:00:00Z');
    expect(closedOn.textContent).toMatch(/2026/);

    // Back to the active ones.
    await userEvent.click(screen.getByRole('tab', { name: /^Active/ }));
    await waitFor(() =>
      expect(screen.getAllByTestId('campaign-row')).toHaveLength(2),
    );
  });

  it('says so when no campaign was closed yet', async () => {
    await renderCampaignsSection(
      apiWithCampaigns({
        listCampaigns: jest.fn(async (state?: string) => ({
          items: state === 'closed' ? [] : activeCampaigns,
        })),
      }),
    );
    await userEvent.click(await screen.findByRole('tab', { name: 'Closed' }));
    expect(
      await screen.findByText('No campaign has been closed yet.'),
    ).toBeInTheDocument();
  });
});
