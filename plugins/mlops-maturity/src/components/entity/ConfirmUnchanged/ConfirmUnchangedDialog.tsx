import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LoadError } from '../../shared/LoadError';
import { SubmittedMeanwhile } from '../AssessmentEditor/SubmittedMeanwhile';
import { ConfirmUnchangedState } from './useConfirmUnchanged';

/** Who submitted the revision that landed meanwhile; nothing was written. */
function ConflictNotice(props: { latest: CurrentAssessment | undefined }) {
  const { latest } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{t('confirmUnchanged.conflictTitle')}</AlertTitle>
      <SubmittedMeanwhile latest={latest} />{' '}
      {t('confirmUnchanged.conflictNothingSubmitted')}
    </Alert>
  );
}

/**
 * Asks before the current answers are submitted again unchanged: how many,
 * as which revision, with the same level and score; then the outcome of a
 * refusal (the server's message with a Retry, or who submitted meanwhile).
 */
export function ConfirmUnchangedDialog(props: {
  open: boolean;
  current: CurrentAssessment;
  state: ConfirmUnchangedState;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { open, current, state, onConfirm, onClose } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { result } = current;
  return (
    <Dialog
      open={open}
      onClose={state.busy ? undefined : onClose}
      maxWidth="sm"
      aria-labelledby="confirm-unchanged-title"
    >
      <DialogTitle id="confirm-unchanged-title">
        {t('confirmUnchanged.title')}
      </DialogTitle>
      <DialogContent>
        {state.conflict ? (
          <ConflictNotice latest={state.conflict.latest} />
        ) : (
          <DialogContentText>
            {t('confirmUnchanged.body', {
              count: Object.keys(current.answers).length,
              revision: String(current.revision + 1),
              level: String(result.level),
              score: formatScore(result.score),
            })}{' '}
            {t('confirmUnchanged.reconfirms')}
            {current.stale && ` ${t('confirmUnchanged.noLongerStale')}`}
          </DialogContentText>
        )}
        {state.error && (
          <Box mt={1}>
            <LoadError error={state.error} onRetry={onConfirm} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={state.busy}>
          {t('confirmUnchanged.cancel')}
        </Button>
        <Button
          onClick={onConfirm}
          color="primary"
          variant="contained"
          disabled={state.busy || !!state.conflict}
        >
          {t('confirmUnchanged.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
