import { ResponseError } from '@backstage/errors';
import { MlopsMaturityTranslation } from '../../../translation';

/**
 * What to tell the user when a campaign write failed: the backend's own
 * message (a 400 names the field, a 409 says the campaign is closed), or,
 * for a 403, which permission it takes.
 */
export function campaignWriteError(
  error: unknown,
  t: MlopsMaturityTranslation,
): string {
  if (ResponseError.is(error)) {
    if (error.statusCode === 403) return t('campaignDialog.notAllowed');
    return error.cause.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
