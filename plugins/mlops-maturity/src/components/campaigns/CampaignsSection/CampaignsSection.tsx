import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { useState } from 'react';
import { useCanManageCampaigns } from '../../../hooks/useCanManageCampaigns';
import { CampaignList, useCampaignList } from '../../../hooks/useCampaignList';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignItem } from './CampaignRow';
import { CampaignsSectionActions } from './CampaignsSectionActions';
import { CampaignsTable } from './CampaignsTable';
import { useCampaignDialogs } from './useCampaignDialogs';
import { LoadError } from '../../shared/LoadError';

/**
 * The campaigns on the scorecard page: the active ones (and on request the
 * closed ones) with goal, deadline, state and progress, each linking to its
 * page. Holders of `mlops.maturity.campaign.manage` also get "New campaign"
 * and, per active campaign, Edit and Close.
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
  const [showClosed, setShowClosed] = useState(false);
  const closed = useCampaignList('closed', showClosed);
  // Narrow: goal and actions fold under the campaign's title, the overdue
  // count under its progress; the state goes (a closed campaign's deadline
  // cell says "Closed").
  const narrow = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const dialogs = useCampaignDialogs({
    model,
    onChange: () => {
      active.reload();
      if (showClosed) closed.reload();
    },
  });

  const items: CampaignItem[] = [
    ...(active.items ?? []),
    ...(showClosed ? closed.items ?? [] : []),
  ];
  const error = active.error ?? (showClosed ? closed.error : undefined);
  const loading = active.loading || (showClosed && closed.loading);

  let body;
  if (error) {
    body = (
      <LoadError
        error={error}
        onRetry={() => {
          if (active.error) active.reload();
          if (showClosed && closed.error) closed.reload();
        }}
      />
    );
  } else if (!active.items) {
    body = <LinearProgress />;
  } else if (items.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {canManage
          ? t('campaignsSection.noActiveCanManage')
          : t('campaignsSection.noActive')}
      </Typography>
    );
  } else {
    body = (
      <CampaignsTable
        items={items}
        model={model}
        narrow={narrow}
        canManage={canManage}
        onEdit={dialogs.edit}
        onClose={dialogs.close}
      />
    );
  }

  return (
    <InfoCard
      title={t('campaignsSection.title')}
      subheader={t('campaignsSection.subheader')}
      titleTypographyProps={{ component: 'h2' }}
      action={
        <CampaignsSectionActions
          showClosed={showClosed}
          onShowClosed={setShowClosed}
          canManage={canManage}
          onCreate={dialogs.create}
        />
      }
    >
      <Box height={4} mb={1}>
        {loading && active.items && <LinearProgress />}
      </Box>
      {body}
      {dialogs.dialog}
    </InfoCard>
  );
}
