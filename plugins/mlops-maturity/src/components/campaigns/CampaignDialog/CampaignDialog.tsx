import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignResponse,
  MATURITY_LEVELS,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { FormEvent, useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { entityRefLabel } from '../../../format/entityRefLabel';
import { useScorecardFilterOptions } from '../../../hooks/useScorecardFilterOptions';
import {
  CampaignFormErrors,
  CampaignFormValues,
  SCOPE_FIELDS,
  SCOPE_REF_KINDS,
  ScopeField,
  initialCampaignForm,
  toCampaignInput,
  toCampaignUpdate,
  validateCampaignForm,
} from './campaignForm';
import { campaignWriteError } from './campaignWriteError';

const TITLE_ID = 'mlops-maturity-campaign-dialog-title';

function ScopeInput(props: {
  field: ScopeField;
  label: string;
  values: string[];
  options: string[];
  onChange: (values: string[]) => void;
}) {
  const refs = SCOPE_REF_KINDS[props.field] !== undefined;
  return (
    <Autocomplete
      id={`campaign-scope-${props.field}`}
      multiple
      freeSolo
      // A value typed but not entered yet is kept when the field loses focus.
      autoSelect
      size="small"
      options={props.options}
      value={props.values}
      getOptionLabel={v => (refs ? entityRefLabel(v) : v)}
      onChange={(_e, values) =>
        props.onChange((values as string[]).filter(v => v.trim() !== ''))
      }
      renderInput={params => (
        <TextField {...params} label={props.label} variant="outlined" />
      )}
    />
  );
}

/**
 * Creates a campaign, or edits one: title, description, goal, start,
 * deadline and scope. The form is checked before sending; what the backend
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
  const api = useApi(mlopsMaturityApiRef);
  // Choices for the scope fields, from the catalog; any value can be typed.
  const options = useScorecardFilterOptions();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('xs'));
  const [values, setValues] = useState<CampaignFormValues>(() =>
    initialCampaignForm(campaign),
  );
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();

  // Editing, a deadline left as it was may have passed: only a new one
  // must be in the future.
  const [deadlineBefore] = useState(
    () => campaign && initialCampaignForm(campaign).deadline,
  );
  const validate = () => validateCampaignForm(values, t, { deadlineBefore });
  const errors: CampaignFormErrors = checked ? validate() : {};
  const set = (change: Partial<CampaignFormValues>) =>
    setValues(previous => ({ ...previous, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validate()).length > 0) return;
    setSaveError(undefined);
    setSaving(true);
    try {
      let response: CampaignResponse;
      if (campaign) {
        const update = toCampaignUpdate(values, campaign);
        if (Object.keys(update).length === 0) {
          props.onClose();
          return;
        }
        response = await api.updateCampaign(campaign.id, update);
      } else {
        response = await api.createCampaign(toCampaignInput(values));
      }
      props.onSaved(response);
    } catch (error) {
      setSaveError(campaignWriteError(error, t));
    } finally {
      setSaving(false);
    }
  };

  const scopeLabels: Record<ScopeField, string> = {
    owner: t('campaignDialog.owner'),
    system: t('campaignDialog.system'),
    domain: t('campaignDialog.domain'),
    lifecycle: t('campaignDialog.lifecycle'),
    type: t('campaignDialog.type'),
    tag: t('campaignDialog.tag'),
  };

  return (
    <Dialog
      open
      onClose={saving ? undefined : props.onClose}
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
            <Grid item xs={12}>
              <TextField
                id="campaign-title"
                label={t('campaignDialog.title')}
                value={values.title}
                onChange={e => set({ title: e.target.value })}
                error={!!errors.title}
                helperText={errors.title}
                required
                fullWidth
                variant="outlined"
                size="small"
              />
            </Grid>
            <Grid item xs={12}>
              <TextField
                id="campaign-description"
                label={t('campaignDialog.description')}
                value={values.description}
                onChange={e => set({ description: e.target.value })}
                error={!!errors.description}
                helperText={errors.description}
                multiline
                minRows={2}
                fullWidth
                variant="outlined"
                size="small"
              />
            </Grid>
            <Grid item xs={12}>
              <TextField
                id="campaign-goal"
                select
                label={t('campaignDialog.goal')}
                value={values.goal}
                onChange={e => set({ goal: e.target.value })}
                fullWidth
                variant="outlined"
                size="small"
              >
                {MATURITY_LEVELS.filter(level => level > 0).map(level => (
                  <MenuItem key={level} value={String(level)}>
                    {describeCampaignGoal({ kind: 'level', level }, t, model)}
                  </MenuItem>
                ))}
                <MenuItem value="reassess">
                  {describeCampaignGoal({ kind: 'reassess' }, t)}
                </MenuItem>
              </TextField>
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id="campaign-starts-at"
                type="datetime-local"
                label={t('campaignDialog.startsAt')}
                value={values.startsAt}
                onChange={e => set({ startsAt: e.target.value })}
                error={!!errors.startsAt}
                helperText={errors.startsAt ?? t('campaignDialog.startsAtHelp')}
                required
                fullWidth
                variant="outlined"
                size="small"
                InputLabelProps={{ shrink: true }}
              />
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id="campaign-deadline"
                type="date"
                label={t('campaignDialog.deadline')}
                value={values.deadline}
                onChange={e => set({ deadline: e.target.value })}
                error={!!errors.deadline}
                helperText={errors.deadline ?? t('campaignDialog.deadlineHelp')}
                required
                fullWidth
                variant="outlined"
                size="small"
                InputLabelProps={{ shrink: true }}
              />
            </Grid>
            <Grid item xs={12}>
              <Typography variant="subtitle2" component="h3">
                {t('campaignDialog.scope')}
              </Typography>
              <Typography variant="body2" color="textSecondary">
                {t('campaignDialog.scopeHelp')} {t('campaignDialog.chipHelp')}
              </Typography>
            </Grid>
            {SCOPE_FIELDS.map(field => (
              <Grid item xs={12} sm={6} key={field}>
                <ScopeInput
                  field={field}
                  label={scopeLabels[field]}
                  values={values.scope[field]}
                  options={options[field]}
                  onChange={list =>
                    setValues(previous => ({
                      ...previous,
                      scope: { ...previous.scope, [field]: list },
                    }))
                  }
                />
              </Grid>
            ))}
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={saving}>
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
    </Dialog>
  );
}
