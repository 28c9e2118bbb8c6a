import { z } from 'zod';
import { printable } from './requestPrimitives';

/** `GET /models/:modelId/:version`'s path. */
export const modelParams = z
  .object({
    modelId: printable(z.string().min(1).max(255), 'modelId'),
    version: printable(z.string().min(1).max(255), 'version'),
  })
  .passthrough();
