import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../api';

/**
 * Loads what the Maturity tab shows: the active model, the current assessment
 * (if any) and the model that assessment was answered against. A reload keeps
 * the previous value on screen until the new one arrives.
 */
export function useEntityMaturity(entityRef: string) {
  const api = useApi(mlopsMaturityApiRef);
  const state = useAsyncRetry(async () => {
    const [model, current] = await Promise.all([
      api.getModel(),
      api.getAssessment(entityRef),
    ]);
    const pinned =
      current &&
      (current.modelId !== model.id || current.modelVersion !== model.version);
    const currentModel = pinned
      ? await api.getModelVersion(current.modelId, current.modelVersion)
      : model;
    return { model, current, currentModel };
  }, [api, entityRef]);

  return {
    loading: state.loading && !state.value,
    error: state.error,
    value: state.value,
    reload: state.retry,
  };
}
