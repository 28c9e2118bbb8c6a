import { useRouteRef } from '@backstage/core-plugin-api';
import { campaignRouteRef } from '../routes';

/**
 * The path of a campaign's page, or undefined when the app has not mounted
 * the scorecard page (a legacy app may show the Maturity tab without it).
 */
export function useCampaignLink():
  | ((campaignId: string) => string)
  | undefined {
  try {
    // Throws, after its own hooks ran, when the route is not mounted.
    const route = useRouteRef(campaignRouteRef);
    return campaignId => route({ campaignId });
  } catch {
    return undefined;
  }
}
