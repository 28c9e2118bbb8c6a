import { createRouteRef } from '@backstage/core-plugin-api';

/** The org-wide scorecard page. */
export const rootRouteRef = createRouteRef({ id: 'mlops-maturity' });

/** The Maturity tab on an entity page. */
export const entityContentRouteRef = createRouteRef({
  id: 'mlops-maturity:entity-content',
});
