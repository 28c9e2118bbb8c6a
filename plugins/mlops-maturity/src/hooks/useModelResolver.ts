import { useApi } from '@backstage/core-plugin-api';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useCallback, useRef } from 'react';
import { mlopsMaturityApiRef } from '../api';

/**
 * Returns a function that loads the model a revision was answered against:
 * the active model when the version matches, otherwise the pinned version
 * from the backend, each fetched at most once.
 */
export function useModelResolver(activeModel: MaturityModel | undefined) {
  const api = useApi(mlopsMaturityApiRef);
  const cache = useRef(new Map<string, Promise<MaturityModel>>());
  return useCallback(
    (modelId: string, version: string): Promise<MaturityModel> => {
      if (
        activeModel &&
        activeModel.id === modelId &&
        activeModel.version === version
      ) {
        return Promise.resolve(activeModel);
      }
      const key = `${modelId}@${version}`;
      let model = cache.current.get(key);
      if (!model) {
        model = api.getModelVersion(modelId, version);
        // Forget failures so a later attempt can retry.
        model.catch(() => cache.current.delete(key));
        cache.current.set(key, model);
      }
      return model;
    },
    [api, activeModel],
  );
}
