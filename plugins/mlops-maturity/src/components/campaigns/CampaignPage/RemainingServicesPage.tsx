import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardPageResponse,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';
import { scorecardPageChange } from '../../shared/scorecardPageChange';
import { RemainingServiceRow } from './RemainingServiceRow';

/** One page of the remaining services, with its pager. */
export function RemainingServicesPage(props: {
  page: Pick<
    ScorecardPageResponse,
    'items' | 'hasMore' | 'offset' | 'nextCursor' | 'prevCursor'
  >;
  pageSize: number;
  /** How many remain, from the campaign's progress: the pager's total. */
  remaining: number;
  model?: MaturityModel;
  /** Next and previous by cursor; see {@link scorecardPageChange}. */
  onPageChange: (change: Pick<ScorecardQuery, 'offset' | 'cursor'>) => void;
}) {
  const { remaining, model, pageSize: PAGE_SIZE } = props;
  const { offset } = props.page;
  const dense = useDenseTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { items, hasMore } = props.page;
  // The progress counts the same services; should it lag behind a page,
  // the pager still offers the next one.
  const count = hasMore
    ? Math.max(remaining, offset + items.length + 1)
    : offset + items.length;
  return (
    <>
      <TableContainer>
        <Table
          size="small"
          className={dense.table}
          aria-label={t('campaignRemainingTable.ariaLabel')}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('campaignRemainingTable.service')}</TableCell>
              <TableCell>{t('campaignRemainingTable.owner')}</TableCell>
              <TableCell>{t('campaignRemainingTable.level')}</TableCell>
              <TableCell>{t('campaignRemainingTable.lastAssessed')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(item => (
              <RemainingServiceRow
                key={item.entityRef}
                item={item}
                model={model}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={count}
        page={Math.floor(offset / PAGE_SIZE)}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
        onPageChange={(_e, n) =>
          props.onPageChange(scorecardPageChange(props.page, PAGE_SIZE, n))
        }
      />
    </>
  );
}
