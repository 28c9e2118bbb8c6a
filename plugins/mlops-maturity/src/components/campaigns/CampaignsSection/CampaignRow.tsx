import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  CampaignListResponse,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignDeadline,
  CampaignProgressBar,
  CampaignStateChip,
} from '../../shared/CampaignStatus';
import { useCampaignsTableStyles } from './campaignsTableStyles';

export type CampaignItem = CampaignListResponse['items'][number];

/**
 * One campaign: its title (linking to its page), goal, deadline, state,
 * progress and overdue count. Narrow, goal and actions fold under the
 * title and the overdue count under the progress; the state goes.
 */
export function CampaignRow(props: {
  item: CampaignItem;
  model?: MaturityModel;
  narrow: boolean;
  canManage: boolean;
  actionsColumn: boolean;
  /** Edit and Close, for an active campaign. */
  actions: ReactNode;
}) {
  const { campaign, progress } = props.item;
  const { model, narrow, canManage, actionsColumn, actions } = props;
  const classes = useCampaignsTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const campaignLink = useCampaignLink();
  const goal = describeCampaignGoal(campaign.goal, t, model);
  return (
    <TableRow data-testid="campaign-row">
      <TableCell>
        {campaignLink ? (
          <Link to={campaignLink(campaign.id)}>{campaign.title}</Link>
        ) : (
          campaign.title
        )}
        {narrow && (
          <>
            <Typography variant="caption" component="div" color="textSecondary">
              {goal}
            </Typography>
            {canManage && <Box mt={0.5}>{actions}</Box>}
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
      {actionsColumn && <TableCell>{actions}</TableCell>}
    </TableRow>
  );
}
