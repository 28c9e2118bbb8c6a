import {
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardSummaryResponse,
} from '../api';
import { MaturityModel } from '../model/types';
import {
  formatScorecardQuery,
  scorecardQueryFilters,
} from '../scorecard/scorecardQueryParams';
import { ResponseError } from '@backstage/errors';
import { MlopsMaturityFetcher, withQuery } from './request';
import {
  MlopsMaturityRequestOptions,
  ScorecardExportFile,
  ScorecardQueryFilters,
} from './types';

// The operations under /model, /models and /scorecard of openapi.yaml.

/** The name the backend gives an export, when its header cannot be read (a cross-origin response that does not expose it). */
const defaultExportFileName = () =>
  `mlops-maturity-scorecard-${new Date().toISOString().slice(0, 10)}.csv`;

function fileNameFrom(contentDisposition: string | null): string {
  const match = contentDisposition?.match(/filename="?([^";]+)"?/i);
  return match?.[1] ?? defaultExportFileName();
}

/** A scorecard path with the query in the form the backend reads. */
const scorecardPath = (path: string, query: ScorecardQuery) =>
  withQuery(path, formatScorecardQuery(query));

/** getModel. */
export async function getModel(
  http: MlopsMaturityFetcher,
  options: MlopsMaturityRequestOptions = {},
): Promise<MaturityModel> {
  return http.json('/model', { token: options.token });
}

/** getModelVersion. */
export async function getModelVersion(
  http: MlopsMaturityFetcher,
  modelId: string,
  version: string,
  options: MlopsMaturityRequestOptions = {},
): Promise<MaturityModel> {
  return http.json(
    `/models/${encodeURIComponent(modelId)}/${encodeURIComponent(version)}`,
    { token: options.token },
  );
}

/** getScorecard. */
export async function getScorecard(
  http: MlopsMaturityFetcher,
  query: ScorecardQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardResponse> {
  return http.json(scorecardPath('/scorecard', query), {
    token: options.token,
  });
}

/** getScorecardPage. */
export async function getScorecardPage(
  http: MlopsMaturityFetcher,
  query: ScorecardQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardPageResponse> {
  return http.json(scorecardPath('/scorecard/page', query), {
    token: options.token,
  });
}

/** getScorecardSummary: sort and paging are not part of it. */
export async function getScorecardSummary(
  http: MlopsMaturityFetcher,
  filters: ScorecardQueryFilters,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardSummaryResponse> {
  return http.json(
    scorecardPath('/scorecard/summary', scorecardQueryFilters(filters)),
    { token: options.token },
  );
}

/** exportScorecard: every row of the filtered, sorted view as CSV. */
export async function exportScorecard(
  http: MlopsMaturityFetcher,
  query: ScorecardQuery,
  options: MlopsMaturityRequestOptions = {},
): Promise<ScorecardExportFile> {
  // Paging does not apply: the export holds every row of the filtered view.
  const { limit: _limit, offset: _offset, cursor: _cursor, ...filters } = query;
  const response = await http.request(
    scorecardPath('/scorecard/export', filters),
    { headers: { Accept: 'text/csv' }, token: options.token },
  );
  if (!response.ok) throw await ResponseError.fromResponse(response);
  return {
    blob: await response.blob(),
    fileName: fileNameFrom(response.headers.get('content-disposition')),
  };
}
