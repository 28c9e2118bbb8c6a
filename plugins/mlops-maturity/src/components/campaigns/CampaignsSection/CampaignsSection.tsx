import { InfoCard, Link, ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  CampaignListResponse,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import LinearProgress from '@material-ui/core/LinearProgress';
import Switch from '@material-ui/core/Switch';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import AddIcon from '@material-ui/icons/Add';
import { useState } from 'react';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { useCanManageCampaigns } from '../../../hooks/useCanManageCampaigns';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignDeadline,
  CampaignProgressBar,
  CampaignStateChip,
} from '../../shared/CampaignStatus';
import { useCampaignDialogs } from './useCampaignDialogs';
import { CampaignList, useCampaignList } from '../../../hooks/useCampaignList';
import { useDenseTableStyles } from '../../shared/CompactTable';

type CampaignItem = CampaignListResponse['items'][number];

// Titles wrap between words, never inside one (Backstage's theme breaks
// table text anywhere); cells are tighter than the theme's.
const useStyles = makeStyles(theme => ({
  progress: { minWidth: theme.spacing(18) },
  overdue: { color: theme.palette.error.main, fontWeight: 600 },
  actions: {
    whiteSpace: 'nowrap',
    '& > * + *': { marginLeft: theme.spacing(1) },
  },
}));

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
  const classes = useStyles();
  const dense = useDenseTableStyles();
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const canManage = useCanManageCampaigns();
  const [showClosed, setShowClosed] = useState(false);
  const closed = useCampaignList('closed', showClosed);
  const campaignLink = useCampaignLink();
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
  // Narrow, the actions fold under the campaign's title.
  const actionsColumn =
    !narrow && canManage && items.some(i => i.campaign.state === 'active');

  const actions = (campaign: Campaign) =>
    campaign.state === 'active' && (
      <Box className={classes.actions}>
        <Button
          size="small"
          variant="outlined"
          aria-label={t('campaignsSection.editAriaLabel', {
            title: campaign.title,
          })}
          onClick={() => dialogs.edit(campaign)}
        >
          {t('campaignsSection.edit')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          aria-label={t('campaignsSection.closeAriaLabel', {
            title: campaign.title,
          })}
          onClick={() => dialogs.close(campaign)}
        >
          {t('campaignsSection.close')}
        </Button>
      </Box>
    );

  const row = ({ campaign, progress }: CampaignItem) => {
    const goal = describeCampaignGoal(campaign.goal, t, model);
    return (
      <TableRow key={campaign.id} data-testid="campaign-row">
        <TableCell>
          {campaignLink ? (
            <Link to={campaignLink(campaign.id)}>{campaign.title}</Link>
          ) : (
            campaign.title
          )}
          {narrow && (
            <>
              <Typography
                variant="caption"
                component="div"
                color="textSecondary"
              >
                {goal}
              </Typography>
              {canManage && <Box mt={0.5}>{actions(campaign)}</Box>}
            </>
          )}
        </TableCell>
        {!narrow && <TableCell>{goal}</TableCell>}
        <TableCell>
          <CampaignDeadline campaign={campaign} />
        </TableCell>
        {!narrow && (
          <TableCell>
            <CampaignStateChip state={campaign.state} />
          </TableCell>
        )}
        <TableCell className={classes.progress}>
          <CampaignProgressBar progress={progress} />
          {narrow && progress.overdue > 0 && (
            <Typography variant="caption" className={classes.overdue}>
              {t('campaignsSection.overdueCount', { count: progress.overdue })}
            </Typography>
          )}
        </TableCell>
        {!narrow && (
          <TableCell
            align="right"
            className={progress.overdue > 0 ? classes.overdue : undefined}
          >
            {progress.overdue}
          </TableCell>
        )}
        {actionsColumn && <TableCell>{actions(campaign)}</TableCell>}
      </TableRow>
    );
  };

  let body;
  if (error) {
    body = <ResponseErrorPanel error={error} />;
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
      <TableContainer>
        <Table
          size="small"
          className={dense.table}
          aria-label={t('campaignsSection.ariaLabel')}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('campaignsSection.campaign')}</TableCell>
              {!narrow && <TableCell>{t('campaignsSection.goal')}</TableCell>}
              <TableCell>{t('campaignsSection.deadline')}</TableCell>
              {!narrow && <TableCell>{t('campaignsSection.state')}</TableCell>}
              <TableCell>{t('campaignsSection.progress')}</TableCell>
              {!narrow && (
                <TableCell align="right">
                  {t('campaignsSection.overdue')}
                </TableCell>
              )}
              {actionsColumn && (
                <TableCell>{t('campaignsSection.actions')}</TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>{items.map(row)}</TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <InfoCard
      title={t('campaignsSection.title')}
      subheader={t('campaignsSection.subheader')}
      titleTypographyProps={{ component: 'h2' }}
      action={
        <Box display="flex" alignItems="center" flexWrap="wrap" pt={1}>
          <FormControlLabel
            control={
              <Switch
                checked={showClosed}
                onChange={e => setShowClosed(e.target.checked)}
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
              onClick={dialogs.create}
            >
              {t('campaignsSection.newCampaign')}
            </Button>
          )}
        </Box>
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
