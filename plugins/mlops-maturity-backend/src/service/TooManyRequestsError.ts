import { CustomErrorBase } from '@backstage/errors';

/**
 * A limit on how often something may be done was reached; answered with 429
 * (the error handler reads `statusCode`), with a `Retry-After` header when
 * the error says when to retry (the plugin's error filter sets it).
 */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  statusCode = 429;
  /** Whole seconds after which the same request may succeed. */
  readonly retryAfterSeconds?: number;

  constructor(message: string, options?: { retryAfterSeconds?: number }) {
    super(message);
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}
