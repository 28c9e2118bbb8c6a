import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { campaignRouteRef, reviewsRouteRef, rootRouteRef } from '../routes';
import {
  mlopsMaturityApi,
  mlopsMaturityCampaignsDueWidget,
  mlopsMaturityEntityCard,
  mlopsMaturityEntityContent,
  mlopsMaturityMyTeamServicesWidget,
  mlopsMaturityReviewsPage,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';

/**
 * The MLOps maturity plugin for the new frontend system: the client API, the
 * Maturity entity tab, the scorecard and Reviews pages (with their sidebar
 * items), the Overview and roll-up entity cards and the home-page widgets.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops-maturity',
  title: 'MLOps Maturity',
  icon: <AssessmentIcon fontSize="inherit" />,
  routes: {
    root: rootRouteRef,
    campaign: campaignRouteRef,
    reviews: reviewsRouteRef,
  },
  extensions: [
    mlopsMaturityApi,
    mlopsMaturityEntityContent,
    mlopsMaturityScorecardPage,
    mlopsMaturityReviewsPage,
    mlopsMaturityRollupCard,
    mlopsMaturityEntityCard,
    mlopsMaturityMyTeamServicesWidget,
    mlopsMaturityCampaignsDueWidget,
  ],
});
