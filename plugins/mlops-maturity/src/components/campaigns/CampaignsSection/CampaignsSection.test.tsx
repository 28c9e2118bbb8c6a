import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi } from '../../../api';
import { campaignResponse } from '../../../__testUtils__/campaignFixtures';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import {
  apiWithCampaigns,
  renderCampaignsSection,
} from '../../../__testUtils__/renderCampaignsSection';
import { responseError } from '../../../__testUtils__/responseError';
import { endOfDateInput, toDateInput } from '../../../format/campaignDeadline';

// The form is typed into key by key; on a busy 2-core machine one such test took over 30 s.
jest.setTimeout(90_000);

const renderSection = (api: MlopsMaturityApi, canManage = false) =>
  renderCampaignsSection(api, { canManage });
const apiWith = apiWithCampaigns;

const rows = () => screen.getAllByTestId('campaign-row');

/** A deadline a month from now, as the date input takes it. */
const DEADLINE = toDateInput(new Date(Date.now() + 30 * 24 * 3600 * 1000));

describe('CampaignsSection', () => {
  it('lists the active campaigns with goal, deadline, state and progress, each linking to its page', async () => {
    const api = apiWith();
    await renderSection(api);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(api.listCampaigns).toHaveBeenCalledWith('active');
    expect(api.listCampaigns).not.toHaveBeenCalledWith('closed');

    const [first, second] = rows();
    expect(
      within(first).getByRole('link', { name: 'Level 2 by year end' }),
    ).toHaveAttribute('href', '/mlops-maturity/campaigns/c1');
    expect(first).toHaveTextContent(
      `Reach Level 2 (${testModel.levels[2].name})`,
    );
    expect(
      within(first).getByTestId('campaign-deadline-status'),
    ).toHaveTextContent('10 days left');
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent('3 of 10 done (30%)');
    expect(
      within(first).getByRole('progressbar', {
        name: '3 of 10 services done',
      }),
    ).toHaveAttribute('aria-valuenow', '30');
    expect(within(first).getAllByRole('cell').at(-1)).toHaveTextContent('0');

    expect(second).toHaveTextContent('Reassess');
    expect(
      within(second).getByTestId('campaign-deadline-status'),
    ).toHaveTextContent('Overdue by 3 days');
    expect(within(second).getAllByRole('cell').at(-1)).toHaveTextContent('3');
  });

  it('offers no campaign actions to those who may not manage campaigns', async () => {
    await renderSection(apiWith(), false);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(
      screen.queryByRole('button', { name: 'New campaign' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^(Edit|Close) / }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: 'Actions' }),
    ).not.toBeInTheDocument();
  });

  it('offers New campaign, Edit and Close to those who may manage campaigns', async () => {
    await renderSection(apiWith(), true);
    expect(
      await screen.findByRole('button', { name: 'New campaign' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(
      within(rows()[0]).getByRole('button', {
        name: 'Edit Level 2 by year end',
      }),
    ).toBeInTheDocument();
    expect(
      within(rows()[1]).getByRole('button', { name: 'Close Reassess search' }),
    ).toBeInTheDocument();
  });

  it('says so when there is no active campaign', async () => {
    await renderSection(
      fakeMlopsMaturityApi({
        listCampaigns: jest.fn(async () => ({ items: [] })),
      }),
    );
    expect(await screen.findByText('No active campaigns.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('checks the new campaign form before sending it, then opens the new campaign', async () => {
    const createCampaign = jest.fn(async () =>
      campaignResponse({ id: 'c7', title: 'Fraud to Level 3' }),
    );
    const api = apiWith({ createCampaign });
    await renderSection(api, true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );
    expect(
      within(dialog).getByText('Give the campaign a title.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Choose a deadline.')).toBeInTheDocument();
    expect(createCampaign).not.toHaveBeenCalled();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Fraud to Level 3',
    );
    fireEvent.mouseDown(within(dialog).getByLabelText('Goal'));
    await userEvent.click(
      await screen.findByRole('option', {
        name: `Reach Level 3 (${testModel.levels[3].name})`,
      }),
    );
    fireEvent.change(within(dialog).getByLabelText(/^Deadline/), {
      target: { value: DEADLINE },
    });
    // A bare team name becomes the group's ref; a typed tag is kept when
    // the field loses focus.
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Owner' }),
      'team-search{Enter}',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Tag' }),
      'pii',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );

    await waitFor(() => expect(createCampaign).toHaveBeenCalledTimes(1));
    expect(createCampaign).toHaveBeenCalledWith({
      title: 'Fraud to Level 3',
      description: '',
      goal: { kind: 'level', level: 3 },
      scope: { owner: ['group:default/team-search'], tag: ['pii'] },
      startsAt: expect.any(String),
      deadline: endOfDateInput(DEADLINE)!.toISOString(),
    });
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/mlops-maturity/campaigns/c7',
      ),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the server's message when it refuses a campaign, and keeps the form", async () => {
    const createCampaign = jest.fn(async () => {
      throw await responseError(
        400,
        'InputError',
        'scope.owner: "group:x/" is not an entity ref like group:default/name',
      );
    });
    await renderSection(apiWith({ createCampaign }), true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Far away',
    );
    fireEvent.change(within(dialog).getByLabelText(/^Deadline/), {
      target: { value: DEADLINE },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );
    expect(
      await within(dialog).findByText(
        'scope.owner: "group:x/" is not an entity ref like group:default/name',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Far away',
    );
  });

  it('names the permission when the server refuses the user', async () => {
    const createCampaign = jest.fn(async () => {
      throw await responseError(403, 'NotAllowedError', 'Unauthorized');
    });
    await renderSection(apiWith({ createCampaign }), true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Mine',
    );
    fireEvent.change(within(dialog).getByLabelText(/^Deadline/), {
      target: { value: DEADLINE },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create campaign' }),
    );
    expect(
      await within(dialog).findByText(
        /needs the permission mlops\.maturity\.campaign\.manage/,
      ),
    ).toBeInTheDocument();
  });

  it('edits a campaign, sending only what changed, and reloads the list', async () => {
    const updateCampaign = jest.fn(async () =>
      campaignResponse({ title: 'Level 2 by January' }),
    );
    const api = apiWith({ updateCampaign });
    await renderSection(api, true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit Level 2 by year end' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit "Level 2 by year end"',
    });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('Level 2 by year end');
    expect(
      within(dialog).getByRole('button', { name: 'production' }),
    ).toBeInTheDocument();
    await userEvent.clear(title);
    await userEvent.type(title, 'Level 2 by January');
    const calls = (api.listCampaigns as jest.Mock).mock.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(updateCampaign).toHaveBeenCalledWith('c1', {
        title: 'Level 2 by January',
      }),
    );
    await waitFor(() =>
      expect(
        (api.listCampaigns as jest.Mock).mock.calls.length,
      ).toBeGreaterThan(calls),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes a campaign after asking', async () => {
    const closeCampaign = jest.fn(async () =>
      campaignResponse({ id: 'c2', state: 'closed' }),
    );
    await renderSection(apiWith({ closeCampaign }), true);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Close Reassess search' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Close "Reassess search"?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(closeCampaign).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Close Reassess search' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Close campaign',
      }),
    );
    await waitFor(() => expect(closeCampaign).toHaveBeenCalledWith('c2'));
  });
});
