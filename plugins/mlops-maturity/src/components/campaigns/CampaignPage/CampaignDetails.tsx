import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  CampaignDeadline,
  CampaignStateChip,
} from '../../shared/CampaignStatus';
import { formatAbsoluteTime } from '../../shared/Timestamp';
import { CampaignAuthor } from './CampaignAuthor';
import { CampaignGoalValue } from './CampaignGoalValue';
import { CampaignScopeChips } from './CampaignScopeChips';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(3),
    rowGap: theme.spacing(1.5),
    margin: 0,
    [theme.breakpoints.down('xs')]: { gridTemplateColumns: '1fr' },
  },
  term: { color: theme.palette.text.secondary, fontWeight: 500 },
  value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  chips: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
  description: { whiteSpace: 'pre-wrap' },
}));

/** What a campaign is: goal, start, deadline, state, scope, description, who made and closed it. */
export function CampaignDetails(props: {
  campaign: Campaign;
  model?: MaturityModel;
}) {
  const { campaign, model } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const start = formatAbsoluteTime(new Date(campaign.startsAt));

  const item = (term: string, value: ReactNode) => (
    <>
      <Typography component="dt" variant="body2" className={classes.term}>
        {term}
      </Typography>
      <Typography component="dd" variant="body2" className={classes.value}>
        {value}
      </Typography>
    </>
  );

  return (
    <InfoCard
      title={t('campaignPage.detailsTitle')}
      titleTypographyProps={{ component: 'h2' }}
      variant="gridItem"
    >
      <Box component="dl" className={classes.list}>
        {item(
          t('campaignPage.goal'),
          <CampaignGoalValue campaign={campaign} model={model} start={start} />,
        )}
        {item(t('campaignPage.starts'), start)}
        {item(
          t('campaignPage.deadline'),
          <CampaignDeadline campaign={campaign} />,
        )}
        {item(
          t('campaignPage.state'),
          <CampaignStateChip state={campaign.state} />,
        )}
        {item(
          t('campaignPage.scope'),
          <CampaignScopeChips
            scope={campaign.scope}
            className={classes.chips}
          />,
        )}
        {campaign.description &&
          item(
            t('campaignPage.description'),
            <span className={classes.description}>{campaign.description}</span>,
          )}
        {item(
          t('campaignPage.created'),
          t('campaignPage.dateBy', {
            date: formatAbsoluteTime(new Date(campaign.createdAt)),
            user: <CampaignAuthor value={campaign.createdBy} />,
          }),
        )}
        {campaign.closedAt &&
          campaign.closedBy &&
          item(
            t('campaignPage.closed'),
            t('campaignPage.dateBy', {
              date: formatAbsoluteTime(new Date(campaign.closedAt)),
              user: <CampaignAuthor value={campaign.closedBy} />,
            }),
          )}
      </Box>
    </InfoCard>
  );
}
