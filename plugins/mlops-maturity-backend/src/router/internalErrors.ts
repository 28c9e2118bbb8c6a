import { LoggerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';
import { randomBytes } from 'node:crypto';

/**
 * The errors Backstage's error handler answers with a status below 500, by
 * name (as it does): the plugin's own refusals, whose messages are written
 * for the caller.
 */
const CLIENT_ERRORS = new Set([
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
  'NotModifiedError',
  'TooManyRequestsError',
]);

/** Deliberate 5xx answers of ours, whose messages name a setting, not internals. */
const SAFE_SERVER_ERRORS = new Set(['ServiceUnavailableError']);

function statusOf(error: Error): number | undefined {
  for (const field of ['statusCode', 'status'] as const) {
    const value = (error as Partial<Record<typeof field, unknown>>)[field];
    if (Number.isInteger(value) && Number(value) >= 100 && Number(value) <= 599)
      return Number(value);
  }
  return undefined;
}

const isForTheCaller = (error: unknown) => {
  if (!isError(error)) return false;
  const status = statusOf(error);
  if (status !== undefined) return status < 500;
  return CLIENT_ERRORS.has(error.name) || SAFE_SERVER_ERRORS.has(error.name);
};

/**
 * An error-translating step for every route of the plugin, the actions'
 * invoke routes included: it answers nothing itself. Errors meant for the
 * caller (400, 403, 404, 409, 429, our 503) pass on unchanged; any other
 * error is logged in full with an id and passed on as a plain error that
 * names only that id, for Backstage's error handler to answer with 500.
 *
 * Why here: knex puts a failed statement's SQL, with its bound values
 * written in, at the head of the error message, and mysql2 adds `sql` and
 * `sqlMessage` fields; Backstage's handler serializes all of that. Its own
 * filter (`applyInternalErrorFilter` in @backstage/backend-defaults, added
 * for backstage/backstage#22982) withholds only errors whose class is named
 * `DatabaseError`, which is what the `pg` driver throws; better-sqlite3's
 * `SqliteError` and mysql2's errors pass through it.
 */
export function createInternalErrorFilter(
  logger: LoggerService,
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (isForTheCaller(error)) {
      const retryAfter = (error as { retryAfterSeconds?: unknown })
        .retryAfterSeconds;
      if (Number.isInteger(retryAfter) && !res.headersSent) {
        res.setHeader('Retry-After', String(retryAfter));
      }
      next(error);
      return;
    }
    const errorId = randomBytes(8).toString('hex');
    logger.error(
      `${req.method} ${req.originalUrl} failed; answered 500 with error id ${errorId}`,
      isError(error) ? error : new Error(String(error)),
    );
    const safe = new Error(
      `The MLOps maturity backend could not answer; its log has the details under error id ${errorId}`,
    );
    delete safe.stack;
    next(safe);
  };
}
