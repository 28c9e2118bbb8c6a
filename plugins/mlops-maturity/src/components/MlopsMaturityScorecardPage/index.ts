export { MlopsMaturityScorecardPage } from './MlopsMaturityScorecardPage';
export { ScorecardContent } from './ScorecardContent';
