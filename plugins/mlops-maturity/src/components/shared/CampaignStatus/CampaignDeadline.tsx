import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { deadlineStatus, formatDate } from '../../../format/campaignDeadline';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';

const useStyles = makeStyles(theme => ({
  date: { whiteSpace: 'nowrap' },
  overdue: { color: theme.palette.error.main, fontWeight: 600 },
}));

/**
 * How a campaign stands against its deadline, in words: "12 days left",
 * "Due today", "Overdue by 3 days"; "Closed 2 Dec 2026" once closed.
 */
export function describeDeadline(
  campaign: Pick<Campaign, 'deadline' | 'state' | 'closedAt'>,
  t: MlopsMaturityTranslation,
  now: Date = new Date(),
): { text: string; overdue: boolean } {
  if (campaign.state === 'closed') {
    return {
      text: t('campaignDeadline.closed', {
        date: formatDate(campaign.closedAt ?? campaign.deadline),
      }),
      overdue: false,
    };
  }
  const status = deadlineStatus(campaign.deadline, now);
  if (status.kind === 'overdue') {
    return {
      text:
        status.days === 0
          ? t('campaignDeadline.overdue')
          : t('campaignDeadline.overdueBy', { count: status.days }),
      overdue: true,
    };
  }
  return {
    text:
      status.days === 0
        ? t('campaignDeadline.dueToday')
        : t('campaignDeadline.daysLeft', { count: status.days }),
    overdue: false,
  };
}

/**
 * A campaign's deadline as a date, with the days left or how long it is
 * overdue below it (in red when overdue: the words say it too).
 */
export function CampaignDeadline(props: {
  campaign: Pick<Campaign, 'deadline' | 'state' | 'closedAt'>;
}) {
  const { campaign } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const status = describeDeadline(campaign, t);
  return (
    <>
      <time dateTime={campaign.deadline} className={classes.date}>
        {formatDate(campaign.deadline)}
      </time>
      <Typography
        variant="caption"
        component="div"
        color={status.overdue ? undefined : 'textSecondary'}
        className={status.overdue ? classes.overdue : undefined}
        data-testid="campaign-deadline-status"
      >
        {status.text}
      </Typography>
    </>
  );
}
