export { CampaignContent } from './CampaignContent';
