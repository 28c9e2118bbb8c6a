import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { campaignWriteError } from './campaignWriteError';

/** Asks before closing a campaign, then closes it; a refusal is shown as the backend words it. */
export function CloseCampaignDialog(props: {
  campaign: Campaign;
  onCancel: () => void;
  onClosed: (response: CampaignResponse) => void;
}) {
  const { campaign } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<string>();

  const close = async () => {
    setClosing(true);
    setError(undefined);
    try {
      props.onClosed(await api.closeCampaign(campaign.id));
    } catch (e) {
      setError(campaignWriteError(e, t));
      setClosing(false);
    }
  };

  return (
    <Dialog
      open
      onClose={closing ? undefined : props.onCancel}
      maxWidth="xs"
      aria-labelledby="close-campaign-title"
      aria-describedby="close-campaign-description"
    >
      <DialogTitle id="close-campaign-title">
        {t('closeCampaignDialog.title', { title: campaign.title })}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" style={{ marginBottom: 16 }}>
            {error}
          </Alert>
        )}
        <DialogContentText id="close-campaign-description">
          {t('closeCampaignDialog.description')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={closing}>
          {t('closeCampaignDialog.cancel')}
        </Button>
        <Button
          onClick={close}
          color="secondary"
          variant="contained"
          disabled={closing}
        >
          {t('closeCampaignDialog.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
