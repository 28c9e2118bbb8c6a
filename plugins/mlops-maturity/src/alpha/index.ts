export { default } from './plugin';
export {
  mlopsMaturityApi,
  mlopsMaturityCampaignsDueWidget,
  mlopsMaturityEntityCard,
  mlopsMaturityEntityContent,
  mlopsMaturityMyTeamServicesWidget,
  mlopsMaturityReviewsPage,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';
export { mlopsMaturityTranslationRef } from '../translation';
