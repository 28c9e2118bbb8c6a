import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignProgressCounts } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { formatShare } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** "3 of 10 done (30%)" above a bar filled to the done share. */
export function CampaignProgressBar(props: {
  progress: Pick<CampaignProgressCounts, 'done' | 'inScope'>;
}) {
  const { done, inScope } = props.progress;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const counts = { done: String(done), inScope: String(inScope) };
  if (inScope === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('campaignProgress.nothingInScope')}
      </Typography>
    );
  }
  return (
    <Box minWidth={120}>
      <Typography
        variant="body2"
        component="div"
        style={{ whiteSpace: 'nowrap' }}
      >
        {t('campaignProgress.done', counts)} ({formatShare(done, inScope)})
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(done / inScope) * 100}
        aria-label={t('campaignProgress.ariaLabel', counts)}
      />
    </Box>
  );
}
