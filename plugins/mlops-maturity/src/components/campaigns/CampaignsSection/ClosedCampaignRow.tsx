import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatDate } from '../../../format/campaignDeadline';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignProgressBar } from '../../shared/CampaignStatus';
import { CampaignItem } from './CampaignRow';
import { useCampaignsTableStyles } from './campaignsTableStyles';

/**
 * One closed campaign: its title (linking to its page), goal, deadline, the
 * day it closed and its progress. Narrow, the goal folds under the title
 * and the deadline goes.
 */
export function ClosedCampaignRow(props: {
  item: CampaignItem;
  model?: MaturityModel;
  narrow: boolean;
}) {
  const { item, model, narrow } = props;
  const { campaign, progress } = item;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const classes = useCampaignsTableStyles();
  const campaignLink = useCampaignLink();
  const goal = describeCampaignGoal(campaign.goal, t, model);
  const closedAt = campaign.closedAt ?? campaign.deadline;
  return (
    <TableRow data-testid="closed-campaign-row">
      <TableCell>
        {campaignLink ? (
          <Link to={campaignLink(campaign.id)}>{campaign.title}</Link>
        ) : (
          campaign.title
        )}
        {narrow && (
          <Typography variant="caption" component="div" color="textSecondary">
            {goal}
          </Typography>
        )}
      </TableCell>
      {!narrow && <TableCell>{goal}</TableCell>}
      {!narrow && (
        <TableCell>
          <time dateTime={campaign.deadline}>
            {formatDate(campaign.deadline)}
          </time>
        </TableCell>
      )}
      <TableCell>
        <time dateTime={closedAt} data-testid="campaign-closed-at">
          {formatDate(closedAt)}
        </time>
      </TableCell>
      <TableCell className={classes.progress}>
        <CampaignProgressBar progress={progress} />
      </TableCell>
    </TableRow>
  );
}
