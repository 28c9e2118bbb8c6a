import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import {
  EntityCampaignsCard,
  useEntityCampaigns,
} from '../EntityCampaignsCard';
import { LoadError } from '../../shared/LoadError';

/** The active campaigns the service is in, or why they did not load. */
export function EntityCampaignsItem(props: {
  campaigns: ReturnType<typeof useEntityCampaigns>;
  model: MaturityModel;
}) {
  const { campaigns, model } = props;
  if (campaigns.error) {
    return (
      <Grid item xs={12}>
        <LoadError error={campaigns.error} />
      </Grid>
    );
  }
  if (campaigns.value && campaigns.value.length > 0) {
    return (
      <Grid item xs={12}>
        <EntityCampaignsCard items={campaigns.value} model={model} />
      </Grid>
    );
  }
  return null;
}
