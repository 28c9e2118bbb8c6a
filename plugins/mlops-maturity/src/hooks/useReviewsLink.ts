import { useRouteRef } from '@backstage/core-plugin-api';
import { reviewsRouteRef } from '../routes';

/**
 * The path of the Reviews page, or undefined when the app has not mounted
 * it (a legacy app may show the Maturity tab without it).
 */
export function useReviewsLink(): string | undefined {
  try {
    // Throws, after its own hooks ran, when the route is not mounted.
    const route = useRouteRef(reviewsRouteRef);
    return route();
  } catch {
    return undefined;
  }
}
