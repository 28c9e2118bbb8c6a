import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import AddIcon from '@material-ui/icons/Add';
import { mlopsMaturityTranslationRef } from '../../../translation';

/** Which campaigns the card lists. */
export type CampaignsView = 'active' | 'closed';

/** The active and closed views, and "New campaign" for managers. */
export function CampaignsSectionActions(props: {
  view: CampaignsView;
  onView: (view: CampaignsView) => void;
  canManage: boolean;
  onCreate: () => void;
}) {
  const { canManage } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" mb={1}>
      <Tabs
        value={props.view}
        onChange={(_event, view: CampaignsView) => props.onView(view)}
        indicatorColor="primary"
        textColor="primary"
        aria-label={t('campaignsCard.views')}
      >
        <Tab value="active" label={t('campaignsCard.activeTab')} />
        <Tab value="closed" label={t('campaignsCard.closedTab')} />
      </Tabs>
      <Box flexGrow={1} />
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
