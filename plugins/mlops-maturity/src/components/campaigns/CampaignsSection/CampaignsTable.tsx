import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Campaign,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';
import { CampaignActions } from './CampaignActions';
import { CampaignItem, CampaignRow } from './CampaignRow';

/** The campaigns, one row each; the actions column only when useful. */
export function CampaignsTable(props: {
  items: CampaignItem[];
  model?: MaturityModel;
  narrow: boolean;
  canManage: boolean;
  onEdit: (campaign: Campaign) => void;
  onClose: (campaign: Campaign) => void;
}) {
  const { items, model, narrow, canManage } = props;
  const dense = useDenseTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  // Narrow, the actions fold under the campaign's title.
  const actionsColumn =
    !narrow && canManage && items.some(i => i.campaign.state === 'active');
  return (
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
        <TableBody>
          {items.map(item => (
            <CampaignRow
              key={item.campaign.id}
              item={item}
              model={model}
              narrow={narrow}
              canManage={canManage}
              actionsColumn={actionsColumn}
              actions={
                <CampaignActions
                  campaign={item.campaign}
                  onEdit={props.onEdit}
                  onClose={props.onClose}
                />
              }
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
