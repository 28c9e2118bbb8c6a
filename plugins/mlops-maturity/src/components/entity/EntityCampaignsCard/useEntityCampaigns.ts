import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';

/** The active campaigns an entity is in, with whether it is done. */
export function useEntityCampaigns(entityRef: string, refreshKey?: unknown) {
  const api = useApi(mlopsMaturityApiRef);
  return useAsync(
    async () => (await api.getEntityCampaigns(entityRef)).items,
    [api, entityRef, refreshKey],
  );
}
