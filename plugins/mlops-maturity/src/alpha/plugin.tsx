import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { campaignRouteRef, rootRouteRef } from '../routes';
import {
  mlopsMaturityApi,
  mlopsMaturityCampaignsDueWidget,
  mlopsMaturityEntityCard,
  mlopsMaturityEntityContent,
  mlopsMaturityMyTeamServicesWidget,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';

/**
 * The MLOps maturity plugin for the new frontend system: the client API, the
 * Maturity entity tab, the scorecard page (with its sidebar item), the
 * Overview and roll-up entity cards and the home-page widgets.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops-maturity',
  title: 'MLOps Maturity',
  icon: <AssessmentIcon fontSize="inherit" />,
  routes: { root: rootRouteRef, campaign: campaignRouteRef },
  extensions: [
    mlopsMaturityApi,
    mlopsMaturityEntityContent,
    mlopsMaturityScorecardPage,
    mlopsMaturityRollupCard,
    mlopsMaturityEntityCard,
    mlopsMaturityMyTeamServicesWidget,
    mlopsMaturityCampaignsDueWidget,
  ],
});
