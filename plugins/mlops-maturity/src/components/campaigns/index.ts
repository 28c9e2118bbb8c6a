export { CampaignContent } from './CampaignPage';
export { CampaignsSection } from './CampaignsSection';
