import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';

/**
 * Loads what the Maturity tab shows: the active model, the current assessment
 * (if any), the model that assessment was answered against and the maturity
 * target that applies (if any). A reload keeps the previous value on screen
 * until the new one arrives.
 */
export function useEntityMaturity(entityRef: string) {
  const api = useApi(mlopsMaturityApiRef);
  const state = useAsyncRetry(async () => {
    const [model, current, target] = await Promise.all([
      api.getModel(),
      api.getAssessment(entityRef),
      api.getTarget(entityRef),
    ]);
    const pinned =
      current &&
      (current.modelId !== model.id || current.modelVersion !== model.version);
    const currentModel = pinned
      ? await api.getModelVersion(current.modelId, current.modelVersion)
      : model;
    return { model, current, currentModel, target };
  }, [api, entityRef]);

  return {
    loading: state.loading && !state.value,
    error: state.error,
    value: state.value,
    reload: state.retry,
  };
}
