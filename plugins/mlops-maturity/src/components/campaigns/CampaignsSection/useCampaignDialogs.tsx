import {
  Campaign,
  CampaignResponse,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { CampaignDialog, CloseCampaignDialog } from '../CampaignDialog';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; campaign: Campaign }
  | { kind: 'close'; campaign: Campaign };

/**
 * The create, edit and close dialogs of campaigns, one open at a time. A
 * new campaign opens its page; an edited or closed one is reported to
 * `onChange`.
 */
export function useCampaignDialogs(options: {
  model?: MaturityModel;
  onChange: (response: CampaignResponse) => void;
}) {
  const [open, setOpen] = useState<OpenDialog>();
  const navigate = useNavigate();
  const campaignLink = useCampaignLink();
  const done = (response: CampaignResponse) => {
    setOpen(undefined);
    options.onChange(response);
  };

  let dialog = null;
  if (open?.kind === 'create') {
    dialog = (
      <CampaignDialog
        model={options.model}
        onClose={() => setOpen(undefined)}
        onSaved={response => {
          done(response);
          if (campaignLink) navigate(campaignLink(response.campaign.id));
        }}
      />
    );
  } else if (open?.kind === 'edit') {
    dialog = (
      <CampaignDialog
        campaign={open.campaign}
        model={options.model}
        onClose={() => setOpen(undefined)}
        onSaved={done}
      />
    );
  } else if (open?.kind === 'close') {
    dialog = (
      <CloseCampaignDialog
        campaign={open.campaign}
        onCancel={() => setOpen(undefined)}
        onClosed={done}
      />
    );
  }

  return {
    dialog,
    create: () => setOpen({ kind: 'create' }),
    edit: (campaign: Campaign) => setOpen({ kind: 'edit', campaign }),
    close: (campaign: Campaign) => setOpen({ kind: 'close', campaign }),
  };
}
