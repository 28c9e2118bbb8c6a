import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useCampaignsTableStyles } from './campaignsTableStyles';

/** Edit and Close of an active campaign; nothing for a closed one. */
export function CampaignActions(props: {
  campaign: Campaign;
  onEdit: (campaign: Campaign) => void;
  onClose: (campaign: Campaign) => void;
}) {
  const { campaign } = props;
  const classes = useCampaignsTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (campaign.state !== 'active') return null;
  return (
    <Box className={classes.actions}>
      <Button
        size="small"
        variant="outlined"
        aria-label={t('campaignsSection.editAriaLabel', {
          title: campaign.title,
        })}
        onClick={() => props.onEdit(campaign)}
      >
        {t('campaignsSection.edit')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        aria-label={t('campaignsSection.closeAriaLabel', {
          title: campaign.title,
        })}
        onClick={() => props.onClose(campaign)}
      >
        {t('campaignsSection.close')}
      </Button>
    </Box>
  );
}
