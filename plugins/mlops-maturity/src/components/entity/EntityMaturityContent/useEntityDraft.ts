import { useApi } from '@backstage/core-plugin-api';
import { AssessmentDraft } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useCallback, useEffect, useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';

/**
 * The saved draft of an entity, loaded only for users who may edit (drafts
 * are the owners' work in progress). The editor replaces it as it saves or
 * discards. `loading` stays true until the draft of this very entity has
 * been read, so the editor never opens on a stale or missing draft.
 */
export function useEntityDraft(entityRef: string, canEdit: boolean) {
  const api = useApi(mlopsMaturityApiRef);
  const key = canEdit ? entityRef : undefined;
  const [state, setState] = useState<{
    key?: string;
    draft?: AssessmentDraft;
  }>({});

  useEffect(() => {
    if (key === undefined) return undefined;
    let cancelled = false;
    api
      .getDraft(key)
      // Without a readable draft the editor starts from the current answers.
      .catch(() => undefined)
      .then(draft => {
        if (!cancelled) setState({ key, draft });
      });
    return () => {
      cancelled = true;
    };
  }, [api, key]);

  const setDraft = useCallback(
    (draft: AssessmentDraft | undefined) => setState({ key, draft }),
    [key],
  );
  const loaded = key !== undefined && state.key === key;
  return {
    draft: loaded ? state.draft : undefined,
    loading: key !== undefined && !loaded,
    setDraft,
  };
}
