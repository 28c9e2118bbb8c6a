import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { campaignRouteRef, rootRouteRef } from '../routes';
import {
  mlopsMaturityApi,
  mlopsMaturityEntityContent,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';

/**
 * The MLOps maturity plugin for the new frontend system: the client API, the
 * Maturity entity tab, the scorecard page (with its sidebar item) and the
 * roll-up entity card.
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
  ],
});
