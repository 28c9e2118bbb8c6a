import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { CampaignList } from '../../../hooks/useCampaignList';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';
import { LoadError } from '../../shared/LoadError';
import { ClosedCampaignRow } from './ClosedCampaignRow';
import { CampaignItem } from './CampaignRow';

/** When a campaign closed, in milliseconds (its deadline if the date is missing). */
const closedTime = ({ campaign }: CampaignItem) =>
  Date.parse(campaign.closedAt ?? campaign.deadline);

/**
 * The closed campaigns, the most recently closed first: each with its goal,
 * deadline, the day it closed and its progress, linking to its page.
 */
export function ClosedCampaigns(props: {
  closed: CampaignList;
  model?: MaturityModel;
  narrow: boolean;
}) {
  const { closed, model, narrow } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const dense = useDenseTableStyles();
  if (closed.error) {
    return <LoadError error={closed.error} onRetry={closed.reload} />;
  }
  if (!closed.items) {
    return <LinearProgress />;
  }
  if (closed.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('campaignsCard.noClosed')}
      </Typography>
    );
  }
  const items = [...closed.items].sort((a, b) => closedTime(b) - closedTime(a));
  return (
    <TableContainer>
      <Table
        size="small"
        className={dense.table}
        aria-label={t('campaignsCard.closedAriaLabel')}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('campaignsSection.campaign')}</TableCell>
            {!narrow && <TableCell>{t('campaignsSection.goal')}</TableCell>}
            {!narrow && <TableCell>{t('campaignsSection.deadline')}</TableCell>}
            <TableCell>{t('campaignsCard.closedOn')}</TableCell>
            <TableCell>{t('campaignsCard.finalProgress')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map(item => (
            <ClosedCampaignRow
              key={item.campaign.id}
              item={item}
              model={model}
              narrow={narrow}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
