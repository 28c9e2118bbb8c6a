import { useRouteRef } from '@backstage/core-plugin-api';
import {
  ScorecardQuery,
  formatScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { rootRouteRef } from '../routes';

/**
 * The path of the scorecard page with filters, or undefined when the app
 * has not mounted the scorecard page.
 */
export function useScorecardLink():
  | ((filters?: ScorecardQuery) => string)
  | undefined {
  try {
    // Throws, after its own hooks ran, when the route is not mounted.
    const route = useRouteRef(rootRouteRef);
    return filters => {
      const search = filters ? formatScorecardQuery(filters).toString() : '';
      return search ? `${route()}?${search}` : route();
    };
  } catch {
    return undefined;
  }
}
