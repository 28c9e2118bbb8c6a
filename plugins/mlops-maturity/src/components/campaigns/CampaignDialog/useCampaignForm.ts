import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { FormEvent, useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignFormErrors,
  CampaignFormValues,
  ScopeField,
  initialCampaignForm,
  toCampaignInput,
  toCampaignUpdate,
  validateCampaignForm,
} from './campaignForm';
import { campaignWriteError } from './campaignWriteError';

/**
 * The campaign form's values, its errors once a submission was tried, and
 * the submission: checked first, then created or updated (an update that
 * changes nothing just closes).
 */
export function useCampaignForm(props: {
  campaign?: Campaign;
  onClose: () => void;
  onSaved: (response: CampaignResponse) => void;
}) {
  const { campaign } = props;
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [initial] = useState<CampaignFormValues>(() =>
    initialCampaignForm(campaign),
  );
  const [values, setValues] = useState<CampaignFormValues>(initial);
  /** Whether closing now would lose what was typed. */
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
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
  const setScope = (field: ScopeField, list: string[]) =>
    setValues(previous => ({
      ...previous,
      scope: { ...previous.scope, [field]: list },
    }));

  return { values, errors, set, setScope, saving, saveError, submit, dirty };
}
