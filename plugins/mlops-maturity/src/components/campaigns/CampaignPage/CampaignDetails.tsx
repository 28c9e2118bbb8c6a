import { InfoCard } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  SCOPE_FIELDS,
  SCOPE_REF_KINDS,
  ScopeField,
} from '../CampaignDialog/campaignForm';
import {
  CampaignDeadline,
  CampaignStateChip,
} from '../../shared/CampaignStatus';
import { entityRefLabel } from '../../../format/entityRefLabel';
import { formatAbsoluteTime } from '../../shared/Timestamp';

/** A user's entity ref as a link; anything else (a service's subject) as it is. */
function Author(props: { value: string }) {
  try {
    parseEntityRef(props.value);
  } catch {
    return <>{props.value}</>;
  }
  return <EntityRefLink entityRef={props.value} defaultKind="User" />;
}

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
  const fieldLabel: Record<ScopeField, string> = {
    owner: t('campaignDialog.owner'),
    system: t('campaignDialog.system'),
    domain: t('campaignDialog.domain'),
    lifecycle: t('campaignDialog.lifecycle'),
    type: t('campaignDialog.type'),
    tag: t('campaignDialog.tag'),
  };
  const scope = SCOPE_FIELDS.flatMap(field =>
    (campaign.scope[field] ?? []).map(value => ({
      key: `${field}:${value}`,
      label: t('campaignPage.scopeValue', {
        field: fieldLabel[field],
        value: SCOPE_REF_KINDS[field] ? entityRefLabel(value) : value,
      }),
    })),
  );
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
          <>
            <span data-testid="campaign-goal">
              {describeCampaignGoal(campaign.goal, t, model)}
            </span>
            <Typography variant="caption" component="div" color="textSecondary">
              {campaign.goal.kind === 'level'
                ? t('campaignGoal.levelExplanation', {
                    level: String(campaign.goal.level),
                  })
                : t('campaignGoal.reassessExplanation', { start })}
            </Typography>
          </>,
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
          scope.length > 0 ? (
            <span className={classes.chips}>
              {scope.map(s => (
                <Chip
                  key={s.key}
                  size="small"
                  variant="outlined"
                  label={s.label}
                  style={{ margin: 0 }}
                />
              ))}
            </span>
          ) : (
            t('campaignPage.everyService')
          ),
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
            user: <Author value={campaign.createdBy} />,
          }),
        )}
        {campaign.closedAt &&
          campaign.closedBy &&
          item(
            t('campaignPage.closed'),
            t('campaignPage.dateBy', {
              date: formatAbsoluteTime(new Date(campaign.closedAt)),
              user: <Author value={campaign.closedBy} />,
            }),
          )}
      </Box>
    </InfoCard>
  );
}
