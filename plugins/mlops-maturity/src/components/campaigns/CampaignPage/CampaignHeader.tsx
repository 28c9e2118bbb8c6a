import { ContentHeader, LinkButton } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  formatScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import { rootRouteRef } from '../../../routes';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * The campaign's title, the link to its remaining services in the
 * scorecard, and for managers of an active campaign Edit and Close.
 */
export function CampaignHeader(props: {
  campaign: Campaign;
  canManage: boolean;
  onEdit: (campaign: Campaign) => void;
  onClose: (campaign: Campaign) => void;
}) {
  const { campaign, canManage } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rootRoute = useRouteRef(rootRouteRef);
  const scorecardLink = `${rootRoute()}?${formatScorecardQuery({
    campaign: campaign.id,
    campaignDone: false,
  })}`;
  return (
    <ContentHeader title={campaign.title}>
      <LinkButton
        to={scorecardLink}
        variant="outlined"
        style={{ marginRight: 8 }}
      >
        {t('campaignPage.openInScorecard')}
      </LinkButton>
      {canManage && campaign.state === 'active' && (
        <>
          <Button
            variant="outlined"
            onClick={() => props.onEdit(campaign)}
            style={{ marginRight: 8 }}
          >
            {t('campaignPage.edit')}
          </Button>
          <Button variant="outlined" onClick={() => props.onClose(campaign)}>
            {t('campaignPage.close')}
          </Button>
        </>
      )}
    </ContentHeader>
  );
}
