export { default } from './plugin';
export {
  mlopsMaturityApi,
  mlopsMaturityCampaignsDueWidget,
  mlopsMaturityEntityCard,
  mlopsMaturityEntityContent,
  mlopsMaturityMyTeamServicesWidget,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';
export { mlopsMaturityTranslationRef } from '../translation';
