import { storageApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  MockStorageApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { useLocation } from 'react-router-dom';
import { SWRConfig } from 'swr';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../api';
import { CampaignsSection } from '../components/campaigns/CampaignsSection';
import { useCampaignList } from '../hooks/useCampaignList';
import { rootRouteRef } from '../routes';
import { campaign, deadlineInDays, progress } from './campaignFixtures';
import { fakeMlopsMaturityApi } from './fakeMlopsMaturityApi';
import { testModel } from './maturityFixtures';

const catalogApi = {
  getEntityFacets: jest.fn(async () => ({
    facets: {
      'relations.ownedBy': [{ value: 'group:default/team-fraud', count: 3 }],
      'spec.lifecycle': [{ value: 'production', count: 5 }],
    },
  })),
};

function Section() {
  const active = useCampaignList('active');
  return <CampaignsSection active={active} model={testModel} />;
}

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

/** A storage in which the user has unfolded the campaigns card. */
export function unfoldedCampaignsStorage() {
  return MockStorageApi.create({
    'mlops-maturity': { campaignsExpanded: true },
  });
}

/**
 * Renders the scorecard's campaigns card with the active campaigns of `api`,
 * for a campaign manager or not, on the given storage (default: the card
 * unfolded, as most tests look inside it).
 */
export async function renderCampaignsSection(
  api: MlopsMaturityApi,
  options: { canManage?: boolean; storage?: MockStorageApi } = {},
) {
  const permissionApi = new MockPermissionApi(() =>
    options.canManage ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  );
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, api],
          [catalogApiRef, catalogApi],
          [permissionApiRef, permissionApi],
          [storageApiRef, options.storage ?? unfoldedCampaignsStorage()],
        ]}
      >
        <Section />
        <LocationProbe />
      </TestApiProvider>
    </SWRConfig>,
    {
      routeEntries: ['/mlops-maturity'],
      mountedRoutes: { '/mlops-maturity': rootRouteRef },
    },
  );
}

/** Two active campaigns: one due in 10 days, one 3 days overdue. */
export const activeCampaigns = [
  {
    campaign: campaign(),
    progress: progress(3, 10),
  },
  {
    campaign: campaign({
      id: 'c2',
      title: 'Reassess search',
      goal: { kind: 'reassess' },
      deadline: deadlineInDays(-3),
    }),
    progress: progress(1, 4, 3),
  },
];

/** A campaign closed on `closedAt`, done as far as `done` of `inScope`. */
export function closedCampaign(
  id: string,
  title: string,
  closedAt: string,
  done: number,
  inScope: number,
) {
  return {
    campaign: campaign({
      id,
      title,
      goal: { kind: 'level', level: 1 },
      deadline: '2026-06-30T21:59:00Z',
      state: 'closed',
      closedAt,
      closedBy: 'user:default/ada',
    }),
    progress: progress(done, inScope),
  };
}

/** The API with {@link activeCampaigns} and one closed campaign. */
export function apiWithCampaigns(overrides: Partial<MlopsMaturityApi> = {}) {
  return fakeMlopsMaturityApi({
    listCampaigns: jest.fn(async state =>
      state === 'closed'
        ? {
            items: [
              closedCampaign(
                'c0',
                'Level 1 everywhere',
                '2026-06-30T12:00:00Z',
                8,
                8,
              ),
            ],
          }
        : { items: activeCampaigns },
    ),
    ...overrides,
  });
}
