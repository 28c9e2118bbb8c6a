import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { useEffect, useState } from 'react';
import { mlopsMaturityApiRef } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import {
  DEFAULT_EXEMPTION_MAX_DAYS,
  expiresAtOf,
  isValidExpiryDate,
  latestExpiryDate,
} from './exemptionExpiry';

/**
 * The longest an exemption may be approved for: the policy's `maxDays` as
 * the service's verification tells it, else the backend's default.
 */
function useExemptionMaxDays(entityRef: string) {
  const api = useApi(mlopsMaturityApiRef);
  const [maxDays, setMaxDays] = useState<number>();
  useEffect(() => {
    let live = true;
    api
      .getVerification(entityRef)
      .then(v => v?.policy.exemptionMaxDays)
      .catch(() => undefined)
      .then(days => {
        if (live) setMaxDays(days ?? DEFAULT_EXEMPTION_MAX_DAYS);
      });
    return () => {
      live = false;
    };
  }, [api, entityRef]);
  return maxDays;
}

/**
 * Asks until when an N/A is exempt (at most the policy's `maxDays` ahead,
 * that far by default), then approves it.
 */
export function ApproveExemptionDialog(props: {
  entityRef: string;
  question: string;
  busy: boolean;
  onCancel: () => void;
  onApprove: (expiresAt: string) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const maxDays = useExemptionMaxDays(props.entityRef);
  const [now] = useState(() => new Date());
  const [value, setValue] = useState<string>();
  const latest =
    maxDays === undefined ? undefined : latestExpiryDate(now, maxDays);
  const date = value ?? latest ?? '';
  const valid = maxDays !== undefined && isValidExpiryDate(date, now, maxDays);
  return (
    <Dialog
      open
      onClose={props.onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby="review-exemption-title"
    >
      <DialogTitle id="review-exemption-title">
        {t('approveExemptionDialog.title', { question: props.question })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {t('approveExemptionDialog.body')}
        </DialogContentText>
        <TextField
          id="review-exemption-expiry"
          type="date"
          variant="outlined"
          label={t('approveExemptionDialog.expiresOn')}
          value={date}
          disabled={maxDays === undefined}
          required
          error={!!latest && !valid}
          helperText={
            latest &&
            (valid
              ? t('approveExemptionDialog.maxDays', {
                  days: String(maxDays),
                  date: latest,
                })
              : t('approveExemptionDialog.invalidDate', { date: latest }))
          }
          InputLabelProps={{ shrink: true }}
          inputProps={{ max: latest }}
          onChange={e => setValue(e.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>
          {t('approveExemptionDialog.cancel')}
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!valid || props.busy}
          onClick={() => props.onApprove(expiresAtOf(date))}
        >
          {t('approveExemptionDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
