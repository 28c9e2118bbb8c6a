import { InputError } from '@backstage/errors';
import express, { NextFunction, Request, Response } from 'express';

/** Request bodies above this size get 413; a full assessment is far smaller. */
export const BODY_LIMIT = '512kb';

/** Turns body-parser failures into errors that say what was wrong with the body. */
export function jsonBody() {
  const parse = express.json({ limit: BODY_LIMIT, strict: true });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('application/json')) {
      next(
        new InputError(
          'body: the request body must be JSON (Content-Type: application/json)',
        ),
      );
      return;
    }
    parse(req, res, (error?: any) => {
      if (error?.type === 'entity.too.large') {
        next(
          Object.assign(
            new Error(
              `body: the request body is larger than the ${BODY_LIMIT} limit`,
            ),
            {
              name: 'PayloadTooLargeError',
              statusCode: 413,
            },
          ),
        );
      } else if (
        error?.type === 'charset.unsupported' ||
        error?.type === 'encoding.unsupported'
      ) {
        next(
          Object.assign(
            new Error(`body: ${error.message}; send UTF-8 encoded JSON`),
            { name: 'UnsupportedMediaTypeError', statusCode: 415 },
          ),
        );
      } else if (error?.type === 'entity.parse.failed') {
        next(
          new InputError(
            `body: the request body is not valid JSON (${error.message})`,
          ),
        );
      } else if (error) {
        next(new InputError(`body: ${error.message}`));
      } else {
        next();
      }
    });
  };
}
