import { Progress } from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../../api';
import { useCanManageCampaigns } from '../../../hooks/useCanManageCampaigns';
import { campaignRouteRef } from '../../../routes';
import { useCampaignDialogs } from '../CampaignsSection/useCampaignDialogs';
import { CampaignBackLink } from './CampaignBackLink';
import { CampaignDetails } from './CampaignDetails';
import { CampaignHeader } from './CampaignHeader';
import { CampaignHistoryCard } from './CampaignHistoryCard';
import { CampaignLoadError } from './CampaignLoadError';
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

  if (state.error) {
    return <CampaignLoadError campaignId={campaignId} error={state.error} />;
  }
  if (!state.value) return <Progress />;

  const { campaign, progress } = state.value;
  return (
    <>
      <CampaignBackLink />
      <CampaignHeader
        campaign={campaign}
        canManage={canManage}
        onEdit={dialogs.edit}
        onClose={dialogs.close}
      />
      <Grid container spacing={3} alignItems="stretch">
        <Grid item xs={12} md={5}>
          <CampaignDetails campaign={campaign} model={model} />
        </Grid>
        <Grid item xs={12} md={7}>
          <CampaignTotals progress={progress} />
        </Grid>
        <Grid item xs={12}>
          <CampaignHistoryCard history={history} deadline={campaign.deadline} />
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
