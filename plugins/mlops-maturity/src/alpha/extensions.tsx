import {
  ApiBlueprint,
  PageBlueprint,
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  isMlServiceEntity,
  readMlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import RateReviewIcon from '@material-ui/icons/RateReview';
import { MlopsMaturityClient, mlopsMaturityApiRef } from '../api';
import { homeWidgets } from '../homeWidgets';
import { reviewsRouteRef, rootRouteRef } from '../routes';

/**
 * The client of the mlops-maturity backend.
 *
 * @alpha
 */
export const mlopsMaturityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: mlopsMaturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsMaturityClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The Maturity tab, shown on the entities `mlopsMaturity.entities` selects
 * (and those annotated `mlops.maturity/enabled: "true"`). A `filter` set in
 * the extension's own config replaces that selection.
 *
 * @alpha
 */
export const mlopsMaturityEntityContent =
  EntityContentBlueprint.makeWithOverrides({
    factory(originalFactory, { apis }) {
      const config = apis.get(configApiRef);
      const selection = config ? readMlServiceSelection(config) : undefined;
      return originalFactory({
        path: '/maturity',
        title: 'Maturity',
        filter: entity => isMlServiceEntity(entity, selection),
        // The tab's links use React Router: it brings its own router rather
        // than lean on the app's implicit one.
        loader: async () => {
          const [{ EntityMaturityContent }, { ReactRouterV6PageRouter }] =
            await Promise.all([
              import('../components/entity/EntityMaturityContent'),
              import('@backstage/frontend-adapter-react-router-v6'),
            ]);
          return (
            <ReactRouterV6PageRouter>
              <EntityMaturityContent />
            </ReactRouterV6PageRouter>
          );
        },
      });
    },
  });

/**
 * The org-wide scorecard at `/mlops-maturity`, with the page of each
 * campaign at `/mlops-maturity/campaigns/:campaignId`; its title and icon
 * make the sidebar item `page:mlops-maturity`.
 *
 * @alpha
 */
export const mlopsMaturityScorecardPage = PageBlueprint.make({
  params: {
    path: '/mlops-maturity',
    title: 'MLOps Maturity',
    icon: <AssessmentIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    // The filters live in React Router's search params: the page brings its
    // own router rather than lean on the app's implicit one.
    loader: async () => {
      const [{ ScorecardRoutes }, { Content }, { ReactRouterV6PageRouter }] =
        await Promise.all([
          import('../components/pages'),
          import('@backstage/core-components'),
          import('@backstage/frontend-adapter-react-router-v6'),
        ]);
      return (
        <ReactRouterV6PageRouter>
          <Content>
            <ScorecardRoutes />
          </Content>
        </ReactRouterV6PageRouter>
      );
    },
  },
});

/**
 * The Reviews page at `/mlops-maturity/reviews`: the answers that wait for
 * the user's review; its title and icon make the sidebar item
 * `page:mlops-maturity/reviews`.
 *
 * @alpha
 */
export const mlopsMaturityReviewsPage = PageBlueprint.make({
  name: 'reviews',
  params: {
    path: '/mlops-maturity/reviews',
    title: 'Maturity reviews',
    icon: <RateReviewIcon fontSize="inherit" />,
    routeRef: reviewsRouteRef,
    loader: async () => {
      const [{ ReviewsContent }, { Content }, { ReactRouterV6PageRouter }] =
        await Promise.all([
          import('../components/reviews'),
          import('@backstage/core-components'),
          import('@backstage/frontend-adapter-react-router-v6'),
        ]);
      return (
        <ReactRouterV6PageRouter>
          <Content>
            <ReviewsContent />
          </Content>
        </ReactRouterV6PageRouter>
      );
    },
  },
});

/**
 * The maturity roll-up card on Group, System and Domain pages.
 *
 * @alpha
 */
export const mlopsMaturityRollupCard = EntityCardBlueprint.make({
  name: 'rollup',
  params: {
    filter: entity =>
      ['group', 'system', 'domain'].includes(
        entity.kind.toLocaleLowerCase('en-US'),
      ),
    loader: () =>
      import('../components/entity/EntityMaturityRollupCard').then(m => (
        <m.EntityMaturityRollupCard />
      )),
  },
});

/**
 * The maturity card on an ML service's Overview tab, shown on the entities
 * the Maturity tab is (see `mlopsMaturityEntityContent`); a `filter` set in
 * the extension's own config replaces that selection.
 *
 * @alpha
 */
export const mlopsMaturityEntityCard = EntityCardBlueprint.makeWithOverrides({
  factory(originalFactory, { apis }) {
    const config = apis.get(configApiRef);
    const selection = config ? readMlServiceSelection(config) : undefined;
    return originalFactory({
      // Beside the About card, where a reader looks first.
      type: 'info',
      filter: entity => isMlServiceEntity(entity, selection),
      loader: () =>
        import('../components/entity/EntityMaturityCard').then(m => (
          <m.EntityMaturityCard />
        )),
    });
  },
});

/**
 * The home-page widget "My team's ML services" (name
 * `MlopsMaturityMyTeamServices` in the home page's `defaultConfig`).
 *
 * @alpha
 */
export const mlopsMaturityMyTeamServicesWidget = HomePageWidgetBlueprint.make({
  name: 'my-team-services',
  params: {
    ...homeWidgets.myTeamServices,
    components: () =>
      import('../components/home').then(m => ({
        Content: m.MyTeamServicesContent,
      })),
  },
});

/**
 * The home-page widget "Campaigns due" (name `MlopsMaturityCampaignsDue` in
 * the home page's `defaultConfig`).
 *
 * @alpha
 */
export const mlopsMaturityCampaignsDueWidget = HomePageWidgetBlueprint.make({
  name: 'campaigns-due',
  params: {
    ...homeWidgets.campaignsDue,
    components: () =>
      import('../components/home').then(m => ({
        Content: m.CampaignsDueContent,
      })),
  },
});
