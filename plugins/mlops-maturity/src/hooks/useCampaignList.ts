import { useApi } from '@backstage/core-plugin-api';
import { CampaignState } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../api';

/** The campaigns of one state as {@link useCampaignList} loads them. */
export type CampaignList = ReturnType<typeof useCampaignList>;

/**
 * The campaigns in one state with their progress; nothing is fetched while
 * `enabled` is false. A reload keeps the previous list on screen until the
 * new one arrives.
 */
export function useCampaignList(state: CampaignState, enabled = true) {
  const api = useApi(mlopsMaturityApiRef);
  const result = useAsyncRetry(
    async () => (enabled ? (await api.listCampaigns(state)).items : undefined),
    [api, state, enabled],
  );
  return {
    items: result.value,
    error: result.error,
    loading: result.loading,
    reload: result.retry,
  };
}
