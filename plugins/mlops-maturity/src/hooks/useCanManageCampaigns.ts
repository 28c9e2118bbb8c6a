import { usePermission } from '@backstage/plugin-permission-react';
import { mlopsMaturityCampaignManagePermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Whether the user may create, change and close campaigns
 * (`mlops.maturity.campaign.manage`). The backend checks again on every
 * write; this only decides which actions to offer.
 */
export function useCanManageCampaigns(): boolean {
  return usePermission({ permission: mlopsMaturityCampaignManagePermission })
    .allowed;
}
