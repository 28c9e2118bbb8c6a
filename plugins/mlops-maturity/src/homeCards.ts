import { createCardExtension } from '@backstage/plugin-home-react';
import { homeWidgets } from './homeWidgets';
import { mlopsMaturityPlugin } from './plugin';

/**
 * Home-page card "My team's ML services" for a legacy app's home page: the
 * ML services of the signed-in user's teams with their level, target and
 * whether it is met.
 *
 * @public
 */
export const HomePageMyTeamServicesCard = mlopsMaturityPlugin.provide(
  createCardExtension({
    ...homeWidgets.myTeamServices,
    components: () =>
      import('./components/home').then(m => ({
        Content: m.MyTeamServicesContent,
      })),
  }),
);

/**
 * Home-page card "Campaigns due" for a legacy app's home page: the open
 * maturity campaigns, the nearest deadline first, with their progress.
 *
 * @public
 */
export const HomePageCampaignsDueCard = mlopsMaturityPlugin.provide(
  createCardExtension({
    ...homeWidgets.campaignsDue,
    components: () =>
      import('./components/home').then(m => ({
        Content: m.CampaignsDueContent,
      })),
  }),
);
