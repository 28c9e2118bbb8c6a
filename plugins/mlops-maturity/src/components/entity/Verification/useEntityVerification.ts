import { useApi } from '@backstage/core-plugin-api';
import { EntityVerificationResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';

/**
 * The verification of an entity's current assessment, loaded once the tab
 * knows its revision and again when `refreshKey` changes. Not asked at all
 * without a revision (still loading, or not assessed: the backend would
 * answer 404, which the browser logs). Undefined then, while loading, when
 * the backend answers none (a backend that predates verified levels) and
 * when the request failed: like evidence, it is extra information, so a
 * failure shows nothing.
 */
export function useEntityVerification(
  entityRef: string,
  revision: number | undefined,
  refreshKey: unknown,
): EntityVerificationResponse | undefined {
  const api = useApi(mlopsMaturityApiRef);
  const state = useAsync(
    async () =>
      revision === undefined ? undefined : api.getVerification(entityRef),
    [api, entityRef, revision, refreshKey],
  );
  return state.error ? undefined : state.value;
}
