import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { MlopsMaturityClient, mlopsMaturityApiRef } from './api';
import {
  campaignRouteRef,
  entityContentRouteRef,
  reviewsRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The MLOps maturity frontend plugin for the legacy frontend system.
 *
 * @public
 */
export const mlopsMaturityPlugin = createPlugin({
  id: 'mlops-maturity',
  apis: [
    createApiFactory({
      api: mlopsMaturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsMaturityClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    campaign: campaignRouteRef,
    entityContent: entityContentRouteRef,
    reviews: reviewsRouteRef,
  },
});

/**
 * The org-wide scorecard page, with the campaigns' pages below it; mount it
 * at `/mlops-maturity`.
 *
 * @public
 */
export const MlopsMaturityScorecardPage: () => JSX.Element =
  mlopsMaturityPlugin.provide(
    createRoutableExtension({
      name: 'MlopsMaturityScorecardPage',
      component: () =>
        import('./components/pages').then(m => m.MlopsMaturityScorecardPage),
      mountPoint: rootRouteRef,
    }),
  );

/**
 * The Reviews page: the answers that wait for the user's review, oldest
 * first, to approve or reject; mount it at `/mlops-maturity/reviews`.
 *
 * @public
 */
export const MlopsMaturityReviewsPage: () => JSX.Element =
  mlopsMaturityPlugin.provide(
    createRoutableExtension({
      name: 'MlopsMaturityReviewsPage',
      component: () =>
        import('./components/pages').then(m => m.MlopsMaturityReviewsPage),
      mountPoint: reviewsRouteRef,
    }),
  );

/**
 * The Maturity tab of an ML service's entity page.
 *
 * @public
 */
export const EntityMaturityContent: () => JSX.Element =
  mlopsMaturityPlugin.provide(
    createRoutableExtension({
      name: 'EntityMaturityContent',
      component: () =>
        import('./components/entity/EntityMaturityContent').then(
          m => m.EntityMaturityContent,
        ),
      mountPoint: entityContentRouteRef,
    }),
  );

/**
 * A card with the maturity roll-up of a Group's, System's or Domain's ML
 * services.
 *
 * @public
 */
export const EntityMaturityRollupCard: () => JSX.Element | null =
  mlopsMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntityMaturityRollupCard',
      component: {
        lazy: () =>
          import('./components/entity/EntityMaturityRollupCard').then(
            m => m.EntityMaturityRollupCard,
          ),
      },
    }),
  );

/**
 * The maturity of an ML service at a glance, for its Overview tab: level,
 * target, next action, evidence share, recent scores and a link to the
 * Maturity tab. Show it for ML services only, e.g. inside
 * `<EntitySwitch.Case if={isMlService}>`.
 *
 * @public
 */
export const EntityMaturityCard: () => JSX.Element =
  mlopsMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntityMaturityCard',
      component: {
        lazy: () =>
          import('./components/entity/EntityMaturityCard').then(
            m => m.EntityMaturityCard,
          ),
      },
    }),
  );
