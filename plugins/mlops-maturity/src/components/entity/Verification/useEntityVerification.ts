import { useApi } from '@backstage/core-plugin-api';
import { EntityVerificationResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';

/**
 * The verification of an entity's current assessment, loaded beside the
 * rest of the tab and again when `refreshKey` changes (a new revision).
 * Undefined while loading, when the backend answers none (not assessed, or
 * a backend that predates verified levels) and when the request failed:
 * like evidence, it is extra information, so a failure shows nothing.
 */
export function useEntityVerification(
  entityRef: string,
  refreshKey: unknown,
): EntityVerificationResponse | undefined {
  const api = useApi(mlopsMaturityApiRef);
  const state = useAsync(
    () => api.getVerification(entityRef),
    [api, entityRef, refreshKey],
  );
  return state.error ? undefined : state.value;
}
