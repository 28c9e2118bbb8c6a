import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useState } from 'react';
import { useCanManageCampaigns } from '../../../hooks/useCanManageCampaigns';
import { CampaignList, useCampaignList } from '../../../hooks/useCampaignList';
import { useStoredFlag } from '../../../hooks/useStoredFlag';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { ActiveCampaigns } from './ActiveCampaigns';
import { CampaignsSectionSummary } from './CampaignsSectionSummary';
import {
  CampaignsSectionActions,
  CampaignsView,
} from './CampaignsSectionActions';
import { ClosedCampaigns } from './ClosedCampaigns';
import { useCampaignDialogs } from './useCampaignDialogs';

/**
 * The campaigns on the scorecard page, in a card that folds (folded until
 * the user unfolds it, then as the user left it: the ranking comes first)
 * and says while folded how many are active. Unfolded: the active campaigns
 * with goal, deadline, state and progress, or the closed ones, each linking
 * to its page. Holders of `mlops.maturity.campaign.manage` also get
 * "New campaign" and, per active campaign, Edit and Close.
 */
export function CampaignsSection(props: {
  /** The active campaigns, loaded by the page (its campaign filter needs them too). */
  active: CampaignList;
  model?: MaturityModel;
}) {
  const { active, model } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const canManage = useCanManageCampaigns();
  const [expanded, setExpanded] = useStoredFlag('campaignsExpanded', false);
  const [view, setView] = useState<CampaignsView>('active');
  const showClosed = expanded && view === 'closed';
  const closed = useCampaignList('closed', showClosed);
  // Narrow: goal and actions fold under the campaign's title, the overdue
  // count under its progress; the state goes.
  const narrow = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const dialogs = useCampaignDialogs({
    model,
    onChange: () => {
      active.reload();
      if (showClosed) closed.reload();
    },
  });
  const shown = showClosed ? closed : active;

  return (
    <>
      <Accordion
        data-testid="campaigns-section"
        TransitionProps={{ unmountOnExit: true }}
        expanded={expanded}
        onChange={(_event, open) => setExpanded(open)}
      >
        <AccordionSummary expandIcon={<ExpandMoreIcon />}>
          <CampaignsSectionSummary active={active} />
        </AccordionSummary>
        <AccordionDetails style={{ display: 'block' }}>
          <Typography variant="body2" color="textSecondary">
            {t('campaignsSection.subheader')}
          </Typography>
          <CampaignsSectionActions
            view={view}
            onView={setView}
            canManage={canManage}
            onCreate={dialogs.create}
          />
          <Box height={4} mb={1}>
            {shown.loading && shown.items && <LinearProgress />}
          </Box>
          {showClosed ? (
            <ClosedCampaigns closed={closed} model={model} narrow={narrow} />
          ) : (
            <ActiveCampaigns
              active={active}
              model={model}
              narrow={narrow}
              canManage={canManage}
              onEdit={dialogs.edit}
              onClose={dialogs.close}
            />
          )}
        </AccordionDetails>
      </Accordion>
      {dialogs.dialog}
    </>
  );
}
