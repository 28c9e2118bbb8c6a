import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultMlServiceSelection } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MaturityStores } from '../context';
import { createAccess } from '../service/access';
import { CampaignService } from '../service/CampaignService';
import { ScorecardService } from '../service/ScorecardService';
import { ScorecardVisibility } from '../visibility/ScorecardVisibility';

/**
 * The scorecard and campaign services over a test's stores, for a part that
 * reads through them (the reminders task): real services and visibility,
 * with the mock permissions (everything allowed) and an empty catalog.
 */
export function servicesOverStores(
  stores: MaturityStores,
  staleAfterDays = 90,
) {
  const permissions = mockServices.permissions();
  const visibility = new ScorecardVisibility({
    db: stores.db,
    permissions,
    readableServices: async function* none() {},
    listedServices: async () =>
      (await stores.mlServices.listServices()).map(s => s.entityRef),
    cacheTtlMs: 0,
    // Not the jest mock: benchmarks, which run without jest, use this too.
    logger: mockServices.rootLogger({ level: 'none' }),
  });
  const access = createAccess({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth(),
    permissions,
    catalog: catalogServiceMock({ entities: [] }),
    selection: defaultMlServiceSelection,
    visibility,
  });
  return {
    scorecardService: new ScorecardService({
      scorecard: stores.scorecard,
      trend: stores.trend,
      teamTrend: stores.teamTrend,
      campaigns: stores.campaigns,
      access,
      staleAfterDays,
    }),
    campaignService: new CampaignService({
      campaigns: stores.campaigns,
      campaignProgress: stores.campaignProgress,
      access,
    }),
  };
}
