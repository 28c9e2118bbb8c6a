import { stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { parseOrThrow } from './inputErrors';
import {
  int,
  KIND,
  MAX_INTEGER,
  NAME,
  objectBody,
  printable,
  segment,
  single,
} from './requestPrimitives';

const entityParams = z
  .object({
    kind: segment('kind', KIND),
    namespace: segment('namespace', NAME),
    name: segment('name', NAME),
  })
  .passthrough();

/**
 * The lowercased entity ref named by `/:kind/:namespace/:name`; `prefix`
 * names where the parts came from in error messages.
 */
export function entityRefFromParams(params: unknown, prefix = 'path'): string {
  const { kind, namespace, name } = parseOrThrow(entityParams, params, prefix);
  return stringifyEntityRef({ kind, namespace, name }).toLocaleLowerCase(
    'en-US',
  );
}

export const revisionParam = z
  .object({
    revision: z.coerce
      .number({ invalid_type_error: 'revision must be a number' })
      .int('revision must be a whole number')
      .min(1, 'revision must be 1 or more')
      .max(MAX_INTEGER, `revision must be at most ${MAX_INTEGER}`),
  })
  .passthrough();

/** A positive whole number that fits an integer column, or null. */
const version = (name: string, required: string) =>
  z
    .number({
      required_error: `${name} is required: ${required}`,
      invalid_type_error: `${name} must be a whole number or null`,
    })
    .int(`${name} must be a whole number or null`)
    .min(1, `${name} must be 1 or more, or null`)
    .max(MAX_INTEGER, `${name} must be at most ${MAX_INTEGER}`);

const baseRevision = version(
  'baseRevision',
  'the revision the edit started from, or null for the first assessment',
).nullable();

const answers = z.unknown().refine(v => v !== undefined, 'answers is required');

/** `PUT` body of an assessment; answers are checked by the model afterwards. */
export const submitBody = objectBody(
  {
    baseRevision,
    answers,
    draftVersion: version(
      'draftVersion',
      'the draft version the submission was made from',
    ).optional(),
  },
  'baseRevision, answers, draftVersion?',
);

/** `PUT` body of a draft; answers are checked by the model afterwards. */
export const draftBody = objectBody(
  {
    draftVersion: version(
      'draftVersion',
      'the draft version the edit started from, or null to create the draft',
    ).nullable(),
    baseRevision,
    answers,
  },
  'draftVersion, baseRevision, answers',
);

/** Validates `GET .../history`'s query. */
export function parseHistoryQuery(query: unknown): { limit: number } {
  const parsed = parseOrThrow(
    z.object({ limit: int('limit', 1, 1000) }).strict(),
    query,
    'query',
  );
  return { limit: parsed.limit ?? 100 };
}

/** Validates `DELETE .../draft`'s query: the version to discard, if the client names one. */
export function parseDraftDeleteQuery(query: unknown): { version?: number } {
  return parseOrThrow(
    z.object({ version: int('version', 1, MAX_INTEGER) }).strict(),
    query,
    'query',
  );
}

/** Validates the admin purge's query: the one uid to purge, if not every entity that held the ref. */
export function parsePurgeQuery(query: unknown): { uid?: string } {
  return parseOrThrow(
    z
      .object({
        uid: single('uid').pipe(
          printable(z.string().min(1).max(255), 'uid').optional(),
        ),
      })
      .strict(),
    query,
    'query',
  );
}
