export { MlopsMaturityScorecardPage } from './MlopsMaturityScorecardPage';
export { ScorecardRoutes } from './ScorecardRoutes';
