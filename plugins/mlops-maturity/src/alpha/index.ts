export { default } from './plugin';
export {
  mlopsMaturityApi,
  mlopsMaturityEntityContent,
  mlopsMaturityRollupCard,
  mlopsMaturityScorecardPage,
} from './extensions';
export { mlopsMaturityTranslationRef } from '../translation';
