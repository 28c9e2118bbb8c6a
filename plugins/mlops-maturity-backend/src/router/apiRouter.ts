import { RequestHandler } from 'express';
import { createOpenApiRouter } from '../schema/openapi';

/** The plugin's router, its routes typed by the spec: each one's params, query and body. */
export type ApiRouter = Awaited<ReturnType<typeof createOpenApiRouter>>;

/**
 * In place of the default `express.json()` for every request: bodies are
 * parsed by the routes that take one, with `jsonBody()`, which names
 * what is wrong with a body and allows the size an assessment needs.
 */
const bodiesParsedPerRoute: RequestHandler = (_req, _res, next) => next();

/**
 * An empty router built from `src/schema/openapi.yaml`: it serves the spec at
 * `/openapi.json` and types the routes registered on it. It does not check
 * requests against the spec: the shape checks in `src/validation` do, with
 * messages that name the field, and after the access checks that decide
 * whether the caller may learn anything of the entity at all.
 */
export function createApiRouter(): Promise<ApiRouter> {
  return createOpenApiRouter({
    middleware: [bodiesParsedPerRoute],
    validatorOptions: {
      validateRequests: false,
      // Who may call is for httpAuth and the permission checks to say.
      validateSecurity: false,
    },
  });
}
