import {
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  CurrentAssessment,
  EntityTargetResponse,
  MaturityTarget,
  SaveDraftRequest,
  SubmitAssessmentRequest,
} from '../api';
import { EntityEvidenceResponse } from '../evidence';
import { ResponseError } from '@backstage/errors';
import { entityPath, MlopsMaturityFetcher } from './request';
import { MaturityEntityName, MlopsMaturityRequestOptions } from './types';

// The operations under /assessments/{kind}/{namespace}/{name} of openapi.yaml
// (but its campaigns, see campaigns.ts).

const assessmentPath = (entity: MaturityEntityName, rest = '') =>
  `/assessments/${entityPath(entity)}${rest}`;

/** getCurrentAssessment: undefined when there is none; null on a 404 if asked. */
export async function getAssessment(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions & { nullIfNotFound?: boolean } = {},
): Promise<CurrentAssessment | undefined | null> {
  const assessment = await http.optionalJson<CurrentAssessment>(
    assessmentPath(entity),
    options,
  );
  return assessment === null && !options.nullIfNotFound
    ? undefined
    : assessment;
}

/** submitAssessment. */
export async function submitAssessment(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  request: SubmitAssessmentRequest,
  options: MlopsMaturityRequestOptions = {},
): Promise<CurrentAssessment> {
  return http.json(assessmentPath(entity), {
    method: 'PUT',
    body: request,
    token: options.token,
  });
}

/** getEntityTarget: null when none applies or the entity cannot be read. */
export async function getTarget(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions = {},
): Promise<MaturityTarget | null> {
  // A 404 (an entity the caller may not read, or a backend that predates
  // targets) means there is no target to show, as for an assessment.
  const response = await http.optionalJson<EntityTargetResponse>(
    assessmentPath(entity, '/target'),
    options,
  );
  return response?.target ?? null;
}

/** getEntityEvidence: no signals for an entity the caller may not read. */
export async function getEvidence(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions = {},
): Promise<EntityEvidenceResponse> {
  // As for a target: a 404 (an entity the caller may not read, or a backend
  // that predates evidence) means there is nothing to show.
  const response = await http.optionalJson<EntityEvidenceResponse>(
    assessmentPath(entity, '/evidence'),
    options,
  );
  return response ?? { signals: [] };
}

/** getAssessmentHistory: the entries of its page, newest first. */
export async function getHistory(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions & { limit?: number } = {},
): Promise<AssessmentHistoryEntry[]> {
  const query = options.limit !== undefined ? `?limit=${options.limit}` : '';
  const page = await http.json<{ items: AssessmentHistoryEntry[] }>(
    assessmentPath(entity, `/history${query}`),
    { token: options.token },
  );
  return page.items;
}

/** getAssessmentRevision. */
export async function getRevision(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  revision: number,
  options: MlopsMaturityRequestOptions = {},
): Promise<AssessmentRevision> {
  return http.json(
    assessmentPath(
      entity,
      `/revisions/${encodeURIComponent(String(revision))}`,
    ),
    { token: options.token },
  );
}

/** getDraft: undefined when there is none. */
export async function getDraft(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions = {},
): Promise<AssessmentDraft | undefined> {
  const draft = await http.optionalJson<AssessmentDraft>(
    assessmentPath(entity, '/draft'),
    options,
  );
  return draft ?? undefined;
}

/** saveDraft. */
export async function saveDraft(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  request: SaveDraftRequest,
  options: MlopsMaturityRequestOptions = {},
): Promise<AssessmentDraft> {
  return http.json(assessmentPath(entity, '/draft'), {
    method: 'PUT',
    body: request,
    token: options.token,
  });
}

/** deleteDraft: succeeds when there is none (404). */
export async function deleteDraft(
  http: MlopsMaturityFetcher,
  entity: MaturityEntityName,
  options: MlopsMaturityRequestOptions & { version?: number } = {},
): Promise<void> {
  const query =
    options.version === undefined ? '' : `?version=${options.version}`;
  const response = await http.request(
    assessmentPath(entity, `/draft${query}`),
    {
      method: 'DELETE',
      token: options.token,
    },
  );
  if (!response.ok && response.status !== 404) {
    throw await ResponseError.fromResponse(response);
  }
}
