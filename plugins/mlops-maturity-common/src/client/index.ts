export { MlopsMaturityApiClient } from './MlopsMaturityApiClient';
export type {
  MaturityEntityName,
  MlopsMaturityApiClientOptions,
  MlopsMaturityRequestOptions,
  ScorecardExportFile,
  ScorecardQueryFilters,
} from './types';
