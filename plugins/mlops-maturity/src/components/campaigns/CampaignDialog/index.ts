export { CampaignDialog } from './CampaignDialog';
export { CloseCampaignDialog } from './CloseCampaignDialog';
