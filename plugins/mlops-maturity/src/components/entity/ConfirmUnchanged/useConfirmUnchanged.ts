import { useApi } from '@backstage/core-plugin-api';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { isConflict } from '../AssessmentEditor/writeErrors';

/** What "Confirm unchanged" is doing, or what stopped it. */
export interface ConfirmUnchangedState {
  busy: boolean;
  error?: Error;
  /** Another revision landed after the one shown: the latest, if readable. */
  conflict?: { latest: CurrentAssessment | undefined };
}

/**
 * Submits the current answers again, unchanged, through the ordinary submit
 * (so the revision is validated, rate limited, authored by the caller and
 * audited like any other), on top of the revision shown: a 409 when another
 * landed meanwhile, and then nothing is written.
 */
export function useConfirmUnchanged(options: {
  entityRef: string;
  current: CurrentAssessment;
  onConfirmed: (saved: CurrentAssessment) => void;
  /** Called on a conflict, for the tab to show the latest revision. */
  onCurrentChange: () => void;
}) {
  const api = useApi(mlopsMaturityApiRef);
  const [state, setState] = useState<ConfirmUnchangedState>({ busy: false });
  const { entityRef, current } = options;

  const confirm = async () => {
    setState({ busy: true });
    try {
      const saved = await api.submitAssessment(entityRef, {
        baseRevision: current.revision,
        answers: current.answers,
      });
      setState({ busy: false });
      options.onConfirmed(saved);
    } catch (e) {
      if (isConflict(e)) {
        const latest = await api
          .getAssessment(entityRef)
          .catch(() => undefined);
        setState({ busy: false, conflict: { latest } });
        options.onCurrentChange();
      } else {
        setState({ busy: false, error: e as Error });
      }
    }
  };

  return { ...state, confirm, reset: () => setState({ busy: false }) };
}
