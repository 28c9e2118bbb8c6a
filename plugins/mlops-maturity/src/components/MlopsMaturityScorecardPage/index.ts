export { MlopsMaturityScorecardPage } from './MlopsMaturityScorecardPage';
export { ScorecardContent } from './ScorecardContent';
export { ScorecardRoutes } from './ScorecardRoutes';
