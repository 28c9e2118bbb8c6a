import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MATURITY_LEVELS,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignFormErrors, CampaignFormValues } from './campaignForm';

/** The campaign's title, description, goal, start and deadline. */
export function CampaignFormFields(props: {
  values: CampaignFormValues;
  errors: CampaignFormErrors;
  model?: MaturityModel;
  onChange: (change: Partial<CampaignFormValues>) => void;
}) {
  const { values, errors, model, onChange: set } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
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
    </>
  );
}
