import {
  Campaign,
  MaturityLevelNumber,
  ScorecardQuery,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { SearchRow } from './RowRestriction';
import { EntityIdentity } from './EntityIdentity';
import { PageBound } from './scorecardKeyset';

/** An ML service as the catalog describes it, flattened for the scorecard. */
export type MlServiceRecord = Pick<
  ScorecardRow,
  | 'entityRef'
  | 'kind'
  | 'namespace'
  | 'name'
  | 'title'
  | 'type'
  | 'owner'
  | 'system'
  | 'domain'
  | 'lifecycle'
  | 'targetLevel'
  | 'targetTitle'
> & {
  /** The catalog entity's metadata.uid. */
  entityUid: string;
  /** The catalog entity's metadata.etag: the visibility refresh rewrites a row when it differs. */
  entityEtag?: string | null;
  /** The entity's catalog search rows, for conditional read decisions. */
  search: SearchRow[];
};

/** What of a campaign its scope and done filters need. */
export type CampaignFilter = Pick<
  Campaign,
  'id' | 'scope' | 'goal' | 'startsAt'
>;

/**
 * Filters, sort and paging after validation; every field but `keyset` is
 * set. A campaign named by id in the request is resolved to its scope and
 * goal; a cursor to the key it pages from (then `offset` is not used).
 */
export type ResolvedScorecardQuery = Required<
  Pick<ScorecardQuery, 'limit' | 'offset' | 'orderBy' | 'order'>
> &
  Omit<
    ScorecardQuery,
    'limit' | 'offset' | 'orderBy' | 'order' | 'campaign' | 'cursor'
  > & {
    campaign?: CampaignFilter;
    keyset?: PageBound;
  };

/** The filters of a scorecard query, without sort or paging. */
export type ScorecardFilters = Omit<
  ResolvedScorecardQuery,
  'limit' | 'offset' | 'orderBy' | 'order' | 'keyset'
>;

/**
 * How a service's current answers stand against its evidence (from the
 * common `evidenceBacking`), for the revision they were measured on.
 */
export interface EvidenceMeasurement extends EntityIdentity {
  revision: number;
  answered: number;
  backed: number;
  higher: number;
  /** What the figures follow from (see `EvidenceMeasurer`); a later measurement with the same one can be skipped. */
  fingerprint: string;
}

/**
 * A service a write has just made miss its target: assessed below it now,
 * and before the write it met its target, had none or had no row.
 */
export interface TargetMiss {
  entityRef: string;
  level: MaturityLevelNumber;
  targetLevel: MaturityLevelNumber;
  targetTitle: string | null;
}
