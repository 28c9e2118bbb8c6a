export { CampaignsDueContent } from './CampaignsDueContent';
