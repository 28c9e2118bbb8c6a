import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignProgressCounts } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { formatShare } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignProgressBar } from '../../shared/CampaignStatus';
import { StatTile } from '../../shared/StatTile';

/** A campaign's totals: in scope, done, remaining, overdue, and the done share as a bar. */
export function CampaignTotals(props: { progress: CampaignProgressCounts }) {
  const { progress } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <InfoCard
      title={t('campaignPage.totalsTitle')}
      titleTypographyProps={{ component: 'h2' }}
      variant="gridItem"
    >
      <Grid
        container
        spacing={2}
        aria-label={t('campaignPage.totalsAriaLabel')}
      >
        <StatTile
          fourFrom="sm"
          label={t('campaignPage.inScope')}
          value={progress.inScope}
        />
        <StatTile
          fourFrom="sm"
          label={t('campaignPage.done')}
          value={progress.done}
          hint={t('campaignPage.doneHint', {
            share: formatShare(progress.done, progress.inScope),
          })}
        />
        <StatTile
          fourFrom="sm"
          label={t('campaignPage.remaining')}
          value={progress.remaining}
        />
        <StatTile
          fourFrom="sm"
          label={t('campaignPage.overdue')}
          value={progress.overdue}
          hint={t('campaignPage.overdueHint')}
        />
      </Grid>
      <Box mt={2}>
        <CampaignProgressBar progress={progress} />
      </Box>
    </InfoCard>
  );
}
