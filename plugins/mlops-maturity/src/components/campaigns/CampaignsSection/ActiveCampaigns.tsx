import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { CampaignList } from '../../../hooks/useCampaignList';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { LoadError } from '../../shared/LoadError';
import { CampaignsTable } from './CampaignsTable';

/** The active campaigns, or why there is none to show. */
export function ActiveCampaigns(props: {
  active: CampaignList;
  model?: MaturityModel;
  narrow: boolean;
  canManage: boolean;
  onEdit: (campaign: Campaign) => void;
  onClose: (campaign: Campaign) => void;
}) {
  const { active, canManage } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (active.error) {
    return <LoadError error={active.error} onRetry={active.reload} />;
  }
  if (!active.items) {
    return <LinearProgress />;
  }
  if (active.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {canManage
          ? t('campaignsSection.noActiveCanManage')
          : t('campaignsSection.noActive')}
      </Typography>
    );
  }
  return (
    <CampaignsTable
      items={active.items}
      model={props.model}
      narrow={props.narrow}
      canManage={canManage}
      onEdit={props.onEdit}
      onClose={props.onClose}
    />
  );
}
