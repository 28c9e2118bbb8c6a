export { CampaignProgressChart } from './CampaignProgressChart';
