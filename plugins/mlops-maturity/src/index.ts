/**
 * MLOps maturity for Backstage: a Maturity tab on ML services and an
 * org-wide maturity scorecard.
 *
 * @packageDocumentation
 */

export {
  mlopsMaturityPlugin,
  EntityMaturityCard,
  EntityMaturityContent,
  EntityMaturityRollupCard,
  MlopsMaturityReviewsPage,
  MlopsMaturityScorecardPage,
} from './plugin';
export {
  HomePageCampaignsDueCard,
  HomePageMyTeamServicesCard,
} from './homeCards';
export { isMlService } from './isMlService';
export { MlopsMaturityClient, mlopsMaturityApiRef } from './api';
export type {
  MaturityEntityRef,
  MlopsMaturityApi,
  ScorecardExport,
  ScorecardFilters,
} from './api';
export { LevelBadge } from './components/shared/LevelBadge';
export type { LevelBadgeProps } from './components/shared/LevelBadge';
export { MaturitySparkline } from './components/shared/MaturitySparkline';
export type { MaturitySparklinePoint } from './components/shared/MaturitySparkline';
