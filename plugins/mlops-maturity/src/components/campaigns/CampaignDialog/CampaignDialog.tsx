import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignResponse,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import { useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import Alert from '@material-ui/lab/Alert';
import { useScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignFormFields } from './CampaignFormFields';
import { ScopeFields } from './ScopeFields';
import { scopeOf } from './campaignForm';
import { DiscardCampaignDialog } from './DiscardCampaignDialog';
import { ScopeCount } from './ScopeCount';
import { useCampaignForm } from './useCampaignForm';
import { useState } from 'react';

const TITLE_ID = 'mlops-maturity-campaign-dialog-title';

/**
 * Creates a campaign, or edits one: title, description, goal, start,
 * deadline and scope, with how many ML services the scope holds. Closing it
 * with changes asks first. The form is checked before sending; what the backend
 * still refuses (a 400 naming the field, a 403, a 409 for a closed campaign)
 * is shown as the backend says it.
 */
export function CampaignDialog(props: {
  /** The campaign to edit; none to create one. */
  campaign?: Campaign;
  model?: MaturityModel;
  onClose: () => void;
  onSaved: (response: CampaignResponse) => void;
}) {
  const { campaign, model } = props;
  // Choices for the scope fields, from the catalog; any value can be typed.
  const options = useScorecardFilterOptions();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('xs'));
  const { values, errors, set, setScope, saving, saveError, submit, dirty } =
    useCampaignForm(props);
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (dirty ? setConfirming(true) : props.onClose());
  return (
    <Dialog
      open
      onClose={saving ? undefined : requestClose}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      scroll="paper"
      aria-labelledby={TITLE_ID}
    >
      <form onSubmit={submit} noValidate style={{ display: 'contents' }}>
        <DialogTitle id={TITLE_ID}>
          {campaign
            ? t('campaignDialog.editTitle', { title: campaign.title })
            : t('campaignDialog.createTitle')}
        </DialogTitle>
        <DialogContent dividers>
          {saveError && (
            <Alert severity="error" style={{ marginBottom: 16 }}>
              {saveError}
            </Alert>
          )}
          <Grid container spacing={2}>
            <CampaignFormFields
              values={values}
              errors={errors}
              model={model}
              onChange={set}
            />
            <ScopeFields
              scope={values.scope}
              options={options}
              onChange={setScope}
            />
            <Grid item xs={12}>
              <ScopeCount scope={scopeOf(values)} />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={requestClose} disabled={saving}>
            {t('campaignDialog.cancel')}
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={saving}
          >
            {campaign ? t('campaignDialog.save') : t('campaignDialog.create')}
          </Button>
        </DialogActions>
      </form>
      <DiscardCampaignDialog
        open={confirming}
        onKeepEditing={() => setConfirming(false)}
        onDiscard={props.onClose}
      />
    </Dialog>
  );
}
