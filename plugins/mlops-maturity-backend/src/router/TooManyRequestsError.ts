import { CustomErrorBase } from '@backstage/errors';

/**
 * A limit on how often something may be done was reached; answered with 429
 * (the error handler reads `statusCode`). Set `Retry-After` before throwing.
 */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  statusCode = 429;
}
