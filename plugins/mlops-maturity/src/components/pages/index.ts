export { MlopsMaturityReviewsPage } from './MlopsMaturityReviewsPage';
export { MlopsMaturityScorecardPage } from './MlopsMaturityScorecardPage';
export { ScorecardRoutes } from './ScorecardRoutes';
