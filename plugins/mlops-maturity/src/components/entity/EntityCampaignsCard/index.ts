export { EntityCampaignsCard } from './EntityCampaignsCard';
export { useEntityCampaigns } from './useEntityCampaigns';
