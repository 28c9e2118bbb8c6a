import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { mlopsMaturityTranslationRef } from '../../../translation';

const TITLE_ID = 'mlops-maturity-discard-campaign-title';

/**
 * Asks before the campaign dialog closes with what was typed in it. Escape
 * and the backdrop keep editing.
 */
export function DiscardCampaignDialog(props: {
  open: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Dialog
      open={props.open}
      onClose={props.onKeepEditing}
      maxWidth="xs"
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>
        {t('discardCampaignDialog.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{t('discardCampaignDialog.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onKeepEditing} color="primary">
          {t('discardCampaignDialog.keepEditing')}
        </Button>
        <Button onClick={props.onDiscard}>
          {t('discardCampaignDialog.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
