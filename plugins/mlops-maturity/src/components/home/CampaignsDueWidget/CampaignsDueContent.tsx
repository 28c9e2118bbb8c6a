import { Link, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignProgressCounts,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { useCampaignList } from '../../../hooks/useCampaignList';
import { useScorecardLink } from '../../../hooks/useScorecardLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignDeadline,
  CampaignProgressBar,
} from '../../shared/CampaignStatus';
import { CompactTable } from '../../shared/CompactTable';
import { LoadError } from '../../shared/LoadError';

/** How many campaigns the widget lists. */
const CAMPAIGNS_DUE_LIMIT = 5;

type Item = { campaign: Campaign; progress: CampaignProgressCounts };

/**
 * The home-page widget "Campaigns due": the open campaigns, the nearest
 * deadline first (overdue ones before them), each with its progress over
 * the services the user may read.
 *
 * @public
 */
export function CampaignsDueContent() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const campaignLink = useCampaignLink();
  const scorecardLink = useScorecardLink();
  const list = useCampaignList('active');

  if (list.loading && !list.items) return <Progress />;
  if (list.error) {
    return <LoadError error={list.error} onRetry={() => list.reload()} />;
  }
  const due = [...(list.items ?? [])]
    .sort((a, b) => a.campaign.deadline.localeCompare(b.campaign.deadline))
    .slice(0, CAMPAIGNS_DUE_LIMIT);
  if (due.length === 0) {
    return (
      <Typography variant="body2">{t('campaignsDueWidget.none')}</Typography>
    );
  }
  return (
    <>
      <CompactTable<Item>
        ariaLabel={t('campaignsDueWidget.ariaLabel')}
        rows={due}
        rowKey={item => item.campaign.id}
        rowTestId="campaign-due"
        columns={[
          {
            title: t('campaignsDueWidget.campaign'),
            rowHeader: true,
            value: ({ campaign }) =>
              campaignLink ? (
                <Link to={campaignLink(campaign.id)}>{campaign.title}</Link>
              ) : (
                campaign.title
              ),
          },
          {
            title: t('campaignsDueWidget.deadline'),
            value: ({ campaign }) => <CampaignDeadline campaign={campaign} />,
          },
          {
            title: t('campaignsDueWidget.progress'),
            value: ({ progress }) => (
              <CampaignProgressBar progress={progress} />
            ),
          },
        ]}
      />
      {scorecardLink && (
        <Box mt={1}>
          <Link to={scorecardLink()}>{t('campaignsDueWidget.viewAll')}</Link>
        </Box>
      )}
    </>
  );
}
