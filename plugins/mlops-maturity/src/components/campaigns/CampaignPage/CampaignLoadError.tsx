import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignBackLink } from './CampaignBackLink';
import { LoadError } from '../../shared/LoadError';

/** Why the campaign did not load: no such campaign, or the error. */
export function CampaignLoadError(props: { campaignId: string; error: Error }) {
  const { campaignId } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  // A malformed id (400) names no campaign either.
  const notFound =
    ResponseError.is(props.error) &&
    [400, 404].includes(props.error.statusCode);
  return (
    <>
      <CampaignBackLink />
      {notFound ? (
        <EmptyState
          missing="data"
          title={t('campaignPage.notFound')}
          description={t('campaignPage.notFoundDescription', {
            id: campaignId,
          })}
        />
      ) : (
        <LoadError error={props.error} />
      )}
    </>
  );
}
