import { useApi } from '@backstage/core-plugin-api';
import { EvidenceSignal } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../api';

/**
 * The evidence signals of an entity, fetched once per view of its Maturity
 * tab and shared by the headline, the answers and the editor (signals do not
 * depend on the answers, so a submission does not refetch them). Undefined
 * while loading, and when the request failed: evidence is extra
 * information, so a failure shows nothing rather than an error.
 */
export function useEntityEvidence(
  entityRef: string,
): EvidenceSignal[] | undefined {
  const api = useApi(mlopsMaturityApiRef);
  const state = useAsync(
    async () => (await api.getEvidence(entityRef)).signals,
    [api, entityRef],
  );
  return state.error ? undefined : state.value;
}
