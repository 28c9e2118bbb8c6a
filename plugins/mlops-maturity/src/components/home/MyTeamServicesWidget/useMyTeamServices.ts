import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';

/** How many services the widget lists. */
export const MY_TEAM_SERVICES_LIMIT = 8;

/**
 * The ML services owned by the signed-in user or the groups they belong to
 * (the identity's ownership refs), lowest score first, with the model for
 * level names. Read through the scorecard, so the user sees only the
 * services they may read.
 */
export function useMyTeamServices() {
  const identityApi = useApi(identityApiRef);
  const api = useApi(mlopsMaturityApiRef);
  return useAsyncRetry(async () => {
    const { ownershipEntityRefs: owners } =
      await identityApi.getBackstageIdentity();
    const [page, model] = await Promise.all([
      api.getScorecardPage({
        owner: owners,
        orderBy: 'score',
        order: 'asc',
        limit: MY_TEAM_SERVICES_LIMIT,
      }),
      api.getModel(),
    ]);
    return { owners, page, model };
  }, [identityApi, api]);
}
