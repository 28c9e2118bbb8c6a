import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignHistoryResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignProgressChart } from '../CampaignProgressChart';
import { LoadError } from '../../shared/LoadError';

/** The campaign's progress day by day, once its history has loaded. */
export function CampaignHistoryCard(props: {
  history: { error?: Error; value?: CampaignHistoryResponse };
  /** The campaign's deadline: the chart runs to it. */
  deadline?: string;
}) {
  const { history } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <InfoCard
      title={t('campaignPage.progressTitle')}
      subheader={t('campaignPage.progressSubheader')}
      titleTypographyProps={{ component: 'h2' }}
    >
      {history.error && <LoadError error={history.error} />}
      {!history.error && !history.value && <Progress />}
      {history.value &&
        (history.value.points.length > 0 ? (
          <CampaignProgressChart
            history={history.value}
            deadline={props.deadline}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('campaignPage.noHistory')}
          </Typography>
        ))}
    </InfoCard>
  );
}
