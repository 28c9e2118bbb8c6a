import { InfoCard, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityCampaignsResponse,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import { describeCampaignGoal } from '../../../format/describeCampaignGoal';
import { useCampaignLink } from '../../../hooks/useCampaignLink';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CampaignDeadline } from '../../shared/CampaignStatus';

/** Done, overdue or not done yet: the word says it, icon and colour repeat it. */
function ServiceStatus(props: { done: boolean; overdue: boolean }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (props.done) {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<CheckCircleOutlineIcon />}
        label={t('entityCampaignsCard.done')}
        style={{ margin: 0 }}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      color={props.overdue ? 'secondary' : 'default'}
      icon={<RadioButtonUncheckedIcon />}
      label={
        props.overdue
          ? t('entityCampaignsCard.overdue')
          : t('entityCampaignsCard.notDone')
      }
      style={{ margin: 0 }}
    />
  );
}

/**
 * The active campaigns a service is part of: goal, deadline (days left or
 * overdue) and whether this service is done, each linking to the campaign's
 * page.
 */
export function EntityCampaignsCard(props: {
  items: EntityCampaignsResponse['items'];
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const campaignLink = useCampaignLink();
  return (
    <InfoCard
      title={t('entityCampaignsCard.title')}
      subheader={t('entityCampaignsCard.subheader')}
      titleTypographyProps={{ component: 'h2' }}
      noPadding
    >
      <TableContainer>
        <Table size="small" aria-label={t('entityCampaignsCard.ariaLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('campaignsSection.campaign')}</TableCell>
              <TableCell>{t('campaignsSection.goal')}</TableCell>
              <TableCell>{t('campaignsSection.deadline')}</TableCell>
              <TableCell>{t('entityCampaignsCard.thisService')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.items.map(({ campaign, done, overdue }) => (
              <TableRow key={campaign.id} data-testid="entity-campaign">
                <TableCell>
                  {campaignLink ? (
                    <Link to={campaignLink(campaign.id)}>{campaign.title}</Link>
                  ) : (
                    campaign.title
                  )}
                </TableCell>
                <TableCell>
                  {describeCampaignGoal(campaign.goal, t, props.model)}
                </TableCell>
                <TableCell>
                  <CampaignDeadline campaign={campaign} />
                </TableCell>
                <TableCell>
                  <ServiceStatus done={done} overdue={overdue} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </InfoCard>
  );
}
