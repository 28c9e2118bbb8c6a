export { CampaignsSection } from './CampaignsSection';
export { useCampaignDialogs } from './useCampaignDialogs';
export { useCampaignList } from './useCampaignList';
