export { MlopsMaturityApiClient } from './MlopsMaturityApiClient';
export type {
  MaturityEntityName,
  MlopsMaturityApiClientOptions,
  MlopsMaturityRequestOptions,
  ReviewQueueQuery,
  ScorecardExportFile,
  ScorecardQueryFilters,
} from './types';
