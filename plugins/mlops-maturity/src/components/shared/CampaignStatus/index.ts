export { CampaignDeadline, describeDeadline } from './CampaignDeadline';
export { CampaignProgressBar } from './CampaignProgressBar';
export { CampaignStateChip } from './CampaignStateChip';
