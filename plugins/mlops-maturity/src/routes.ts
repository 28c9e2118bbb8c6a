import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The org-wide scorecard page. */
export const rootRouteRef = createRouteRef({ id: 'mlops-maturity' });

/** The page of one campaign, below the scorecard page. */
export const campaignRouteRef = createSubRouteRef({
  id: 'mlops-maturity:campaign',
  parent: rootRouteRef,
  path: '/campaigns/:campaignId',
});

/** The Maturity tab on an entity page. */
export const entityContentRouteRef = createRouteRef({
  id: 'mlops-maturity:entity-content',
});

/** The Reviews page: the queue of answers that wait for a reviewer. */
export const reviewsRouteRef = createRouteRef({ id: 'mlops-maturity:reviews' });
