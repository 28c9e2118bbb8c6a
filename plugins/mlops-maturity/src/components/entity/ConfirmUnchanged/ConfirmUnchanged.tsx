import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentDraft,
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import DoneAllIcon from '@material-ui/icons/DoneAll';
import { useState } from 'react';
import { formatScore } from '../../../format/formatScore';
import { useSuccessNotice } from '../../../hooks/useSuccessNotice';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ConfirmUnchangedDialog } from './ConfirmUnchangedDialog';
import { useConfirmUnchanged } from './useConfirmUnchanged';

/**
 * Why the current answers cannot be confirmed as they are: a draft is in
 * progress (confirming would leave it built on an older revision, to run
 * into a conflict when submitted), or they were answered against an older
 * model version (the same answers would be scored anew, and may not fit).
 */
function blockedBy(
  current: CurrentAssessment,
  model: MaturityModel,
  draft: AssessmentDraft | undefined,
): 'draft' | 'model' | undefined {
  if (draft) return 'draft';
  if (current.modelId !== model.id || current.modelVersion !== model.version) {
    return 'model';
  }
  return undefined;
}

/**
 * "Confirm unchanged", for the owners of an assessed service: the current
 * answers submitted again as the next revision, after a short confirmation,
 * so a stale assessment that still holds is fresh again without walking
 * through the questionnaire.
 */
export function ConfirmUnchanged(props: {
  entityRef: string;
  current: CurrentAssessment;
  /** The active model. */
  model: MaturityModel;
  draft: AssessmentDraft | undefined;
  /** True until the draft has been read: nothing can be confirmed before. */
  draftLoading: boolean;
  onConfirmed: (saved: CurrentAssessment) => void;
  onCurrentChange: () => void;
}) {
  const { entityRef, current, model, draft, draftLoading } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const notify = useSuccessNotice();
  const [open, setOpen] = useState(false);
  const write = useConfirmUnchanged({
    entityRef,
    current,
    onCurrentChange: props.onCurrentChange,
    onConfirmed: saved => {
      setOpen(false);
      notify(
        t('confirmUnchanged.confirmedTitle'),
        t('confirmUnchanged.confirmed', {
          revision: String(saved.revision),
          level: String(saved.result.level),
          score: formatScore(saved.result.score),
        }),
      );
      props.onConfirmed(saved);
    },
  });
  const blocked = blockedBy(current, model, draft);
  const hint = {
    draft: t('confirmUnchanged.blockedByDraft'),
    model: t('confirmUnchanged.blockedByModel'),
    none: t('confirmUnchanged.hint'),
  }[blocked ?? 'none'];
  return (
    <>
      <Tooltip title={hint}>
        {/* A disabled button fires no events: the span shows its tooltip. */}
        <span>
          <Button
            variant="outlined"
            color="primary"
            startIcon={<DoneAllIcon />}
            disabled={draftLoading || blocked !== undefined}
            onClick={() => {
              write.reset();
              setOpen(true);
            }}
          >
            {t('confirmUnchanged.button')}
          </Button>
        </span>
      </Tooltip>
      <ConfirmUnchangedDialog
        open={open}
        current={current}
        state={write}
        onConfirm={write.confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
