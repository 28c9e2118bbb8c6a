import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  campaign,
  campaignResponse,
  progress,
} from '../../../__testUtils__/campaignFixtures';
import {
  apiWith,
  currentParams,
  lastQuery,
  renderScorecard,
} from '../../../__testUtils__/renderScorecard';
import {
  scorecardResponse,
  scorecardRow,
} from '../../../__testUtils__/scorecardFixtures';

// The active campaigns above the ranking, and the campaign filter
// (CampaignFilterFields).

describe('ScorecardContent', () => {
  it('hands the active campaigns to the page above the ranking and filters by one', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    api.listCampaigns.mockResolvedValue({
      items: [{ campaign: campaign(), progress: progress(3, 10) }],
    });
    // The page composing the scorecard shows the campaigns (the campaigns
    // feature's section; see pages/ScorecardRoutes.test.tsx): here, their titles.
    await renderScorecard(api, '', {
      renderCampaigns: active => (
        <ul aria-label="Active campaigns">
          {active.items?.map(i => (
            <li key={i.campaign.id}>{i.campaign.title}</li>
          ))}
        </ul>
      ),
    });
    await screen.findAllByTestId('scorecard-row');
    const campaigns = await screen.findByRole('list', {
      name: 'Active campaigns',
    });
    expect(within(campaigns).getAllByRole('listitem')).toHaveLength(1);
    expect(
      screen
        .getByRole('list', { name: 'Active campaigns' })
        .compareDocumentPosition(screen.getAllByTestId('scorecard-row')[0]) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(api.listCampaigns).toHaveBeenCalledWith('active');
    // Without a campaign, done or not is no filter.
    expect(screen.queryByLabelText('Campaign goal')).not.toBeInTheDocument();

    fireEvent.mouseDown(screen.getByLabelText('Campaign'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Level 2 by year end' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({ campaign: 'c1' }),
    );
    expect(currentParams().get('campaign')).toBe('c1');

    fireEvent.mouseDown(screen.getByLabelText('Campaign goal'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Not met yet' }),
    );
    await waitFor(() =>
      expect(lastQuery(api)).toMatchObject({
        campaign: 'c1',
        campaignDone: false,
      }),
    );
    expect(api.getScorecardSummary).toHaveBeenLastCalledWith({
      campaign: 'c1',
      campaignDone: false,
    });
    expect(currentParams().get('campaignDone')).toBe('false');

    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0],
    );
    await waitFor(() => expect(currentParams().has('campaign')).toBe(false));
    expect(currentParams().has('campaignDone')).toBe(false);
  });

  it('names a campaign from a shared link that is no longer active', async () => {
    const api = apiWith(scorecardResponse([scorecardRow('ranker')]));
    api.getCampaign.mockResolvedValue(
      campaignResponse({
        id: 'c0',
        title: 'Level 1 everywhere',
        state: 'closed',
      }),
    );
    await renderScorecard(api, '?campaign=c0&campaignDone=false');
    await screen.findAllByTestId('scorecard-row');
    expect(api.getScorecardPage).toHaveBeenCalledWith(
      expect.objectContaining({ campaign: 'c0', campaignDone: false }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Campaign')).toHaveTextContent(
        'Level 1 everywhere',
      ),
    );
    expect(api.getCampaign).toHaveBeenCalledWith('c0');
    expect(screen.getByLabelText('Campaign goal')).toHaveTextContent(
      'Not met yet',
    );
  });
});
