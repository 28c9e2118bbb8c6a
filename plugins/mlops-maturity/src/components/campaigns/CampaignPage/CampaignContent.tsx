import {
  ContentHeader,
  EmptyState,
  InfoCard,
  Link,
  LinkButton,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import { formatScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';
import { useCanManageCampaigns } from '../../../hooks/useCanManageCampaigns';
import { campaignRouteRef, rootRouteRef } from '../../../routes';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignProgressChart } from '../CampaignProgressChart';
import { useCampaignDialogs } from '../CampaignsSection/useCampaignDialogs';
import { CampaignDetails } from './CampaignDetails';
import { CampaignTeamsTable } from './CampaignTeamsTable';
import { CampaignTotals } from './CampaignTotals';
import { RemainingServicesTable } from './RemainingServicesTable';

/**
 * The page of one campaign, below the scorecard page: what it is, its
 * totals, its progress day by day, per team, and the services that remain.
 */
export function CampaignContent() {
  const { campaignId } = useRouteRefParams(campaignRouteRef);
  const api = useApi(mlopsMaturityApiRef);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rootRoute = useRouteRef(rootRouteRef);
  const canManage = useCanManageCampaigns();
  const { value: model } = useAsync(() => api.getModel(), [api]);
  const state = useAsyncRetry(
    () => api.getCampaign(campaignId),
    [api, campaignId],
  );
  const history = useAsyncRetry(
    () => api.getCampaignHistory(campaignId),
    [api, campaignId],
  );
  const dialogs = useCampaignDialogs({
    model,
    onChange: () => {
      state.retry();
      history.retry();
    },
  });

  const back = (
    <Box mb={2}>
      <Link to={rootRoute()}>
        <Box component="span" display="inline-flex" alignItems="center">
          <ArrowBackIcon fontSize="small" style={{ marginRight: 4 }} />
          {t('campaignPage.back')}
        </Box>
      </Link>
    </Box>
  );

  if (state.error) {
    // A malformed id (400) names no campaign either.
    const notFound =
      ResponseError.is(state.error) &&
      [400, 404].includes(state.error.statusCode);
    return (
      <>
        {back}
        {notFound ? (
          <EmptyState
            missing="data"
            title={t('campaignPage.notFound')}
            description={t('campaignPage.notFoundDescription', {
              id: campaignId,
            })}
          />
        ) : (
          <ResponseErrorPanel error={state.error} />
        )}
      </>
    );
  }
  if (!state.value) return <Progress />;

  const { campaign, progress } = state.value;
  const scorecardLink = `${rootRoute()}?${formatScorecardQuery({
    campaign: campaign.id,
    campaignDone: false,
  })}`;

  return (
    <>
      {back}
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
              onClick={() => dialogs.edit(campaign)}
              style={{ marginRight: 8 }}
            >
              {t('campaignPage.edit')}
            </Button>
            <Button variant="outlined" onClick={() => dialogs.close(campaign)}>
              {t('campaignPage.close')}
            </Button>
          </>
        )}
      </ContentHeader>
      <Grid container spacing={3} alignItems="stretch">
        <Grid item xs={12} md={5}>
          <CampaignDetails campaign={campaign} model={model} />
        </Grid>
        <Grid item xs={12} md={7}>
          <CampaignTotals progress={progress} />
        </Grid>
        <Grid item xs={12}>
          <InfoCard
            title={t('campaignPage.progressTitle')}
            subheader={t('campaignPage.progressSubheader')}
            titleTypographyProps={{ component: 'h2' }}
          >
            {history.error && <ResponseErrorPanel error={history.error} />}
            {!history.error && !history.value && <Progress />}
            {history.value &&
              (history.value.points.length > 0 ? (
                <CampaignProgressChart history={history.value} />
              ) : (
                <Typography variant="body2" color="textSecondary">
                  {t('campaignPage.noHistory')}
                </Typography>
              ))}
          </InfoCard>
        </Grid>
        <Grid item xs={12} xl={5}>
          <CampaignTeamsTable teams={progress.teams} />
        </Grid>
        <Grid item xs={12} xl={7}>
          <RemainingServicesTable
            campaignId={campaign.id}
            remaining={progress.remaining}
            model={model}
            refreshKey={campaign.updatedAt}
          />
        </Grid>
      </Grid>
      {dialogs.dialog}
    </>
  );
}
