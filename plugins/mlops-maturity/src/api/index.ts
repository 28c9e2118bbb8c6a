export { mlopsMaturityApiRef } from './MlopsMaturityApi';
export type {
  MaturityEntityRef,
  MlopsMaturityApi,
  ScorecardExport,
  ScorecardFilters,
} from './MlopsMaturityApi';
export { MlopsMaturityClient } from './MlopsMaturityClient';
