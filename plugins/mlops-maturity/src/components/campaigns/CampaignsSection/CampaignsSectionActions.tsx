import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import AddIcon from '@material-ui/icons/Add';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** The switch to show closed campaigns, and "New campaign" for managers. */
export function CampaignsSectionActions(props: {
  showClosed: boolean;
  onShowClosed: (show: boolean) => void;
  canManage: boolean;
  onCreate: () => void;
}) {
  const { canManage } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" pt={1}>
      <FormControlLabel
        control={
          <Switch
            checked={props.showClosed}
            onChange={e => props.onShowClosed(e.target.checked)}
            color="primary"
          />
        }
        label={t('campaignsSection.showClosed')}
      />
      {canManage && (
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={props.onCreate}
        >
          {t('campaignsSection.newCampaign')}
        </Button>
      )}
    </Box>
  );
}
