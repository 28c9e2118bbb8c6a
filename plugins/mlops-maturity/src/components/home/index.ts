export { CampaignsDueContent } from './CampaignsDueWidget';
export { MyTeamServicesContent } from './MyTeamServicesWidget';
