export { mlopsMaturityApiRef } from './MlopsMaturityApi';
export type {
  MaturityEntityRef,
  MlopsMaturityApi,
  ScorecardExport,
} from './MlopsMaturityApi';
export { MlopsMaturityClient } from './MlopsMaturityClient';
