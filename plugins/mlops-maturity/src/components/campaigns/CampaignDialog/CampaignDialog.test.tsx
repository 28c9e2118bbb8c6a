import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mlopsMaturityApiRef } from '../../../api';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { CampaignDialog } from './CampaignDialog';

const catalogApi = {
  getEntityFacets: jest.fn(async () => ({
    facets: {
      'relations.ownedBy': [{ value: 'group:default/team-fraud', count: 3 }],
      'spec.lifecycle': [{ value: 'production', count: 5 }],
    },
  })),
  getEntitiesByRefs: jest.fn(async () => ({ items: [] })),
};

/** A summary of `totalCount` services, as the scorecard answers. */
const summaryOf = (totalCount: number) => ({
  totalCount,
  assessedCount: 0,
  meanScore: null,
  levelDistribution: {
    levels: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 },
    notAssessed: totalCount,
  },
  owners: [],
});

async function renderDialog() {
  const api = fakeMlopsMaturityApi({
    getScorecardSummary: jest.fn(async filters =>
      summaryOf(filters?.lifecycle?.includes('production') ? 5 : 12),
    ) as any,
  });
  const onClose = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [mlopsMaturityApiRef, api],
        [catalogApiRef, catalogApi],
      ]}
    >
      <CampaignDialog model={testModel} onClose={onClose} onSaved={jest.fn()} />
    </TestApiProvider>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
  return { api, onClose, dialog };
}

describe('CampaignDialog', () => {
  it('asks before Escape discards a filled-in form, and closes an untouched one at once', async () => {
    const { onClose, dialog } = await renderDialog();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Level 2');
    await userEvent.keyboard('{Escape}');
    const confirm = await screen.findByRole('dialog', {
      name: 'Discard this campaign?',
    });
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Keep editing' }),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Discard this campaign?' }),
      ).not.toBeInTheDocument(),
    );
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue('Level 2');

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    await userEvent.click(
      within(
        await screen.findByRole('dialog', { name: 'Discard this campaign?' }),
      ).getByRole('button', { name: 'Discard' }),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes an untouched form on Escape without asking', async () => {
    const { onClose } = await renderDialog();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(
      screen.queryByRole('dialog', { name: 'Discard this campaign?' }),
    ).not.toBeInTheDocument();
  });

  it('says how many ML services the scope holds while it is chosen', async () => {
    const { api, dialog } = await renderDialog();
    expect(
      await within(dialog).findByText('12 ML services in scope'),
    ).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByLabelText(/^Lifecycle/),
      'production{Enter}',
    );
    expect(
      await within(dialog).findByText('5 ML services in scope'),
    ).toBeInTheDocument();
    expect(api.getScorecardSummary).toHaveBeenLastCalledWith(
      expect.objectContaining({ lifecycle: ['production'] }),
    );
  });
});
