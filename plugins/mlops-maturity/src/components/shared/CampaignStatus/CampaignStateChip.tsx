import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignState } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** "Active" (filled) or "Closed" (outlined). */
export function CampaignStateChip(props: { state: CampaignState }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return props.state === 'active' ? (
    <Chip
      size="small"
      color="primary"
      label={t('campaignState.active')}
      style={{ margin: 0 }}
    />
  ) : (
    <Chip
      size="small"
      variant="outlined"
      label={t('campaignState.closed')}
      style={{ margin: 0 }}
    />
  );
}
