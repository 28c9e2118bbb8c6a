export { CampaignsSection } from './CampaignsSection';
export { useCampaignDialogs } from './useCampaignDialogs';
