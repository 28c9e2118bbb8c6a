import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  ScorecardOrderField,
  ScorecardQuery,
  ScorecardPageResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableContainer from '@material-ui/core/TableContainer';
import TablePagination from '@material-ui/core/TablePagination';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';
import { OurAddition } from '../../shared/OurAddition';
import { scorecardPageChange } from '../../shared/scorecardPageChange';
import { NARROW_QUERY } from './rankingTableStyles';
import { ScorecardRankingHeader } from './ScorecardRankingHeader';
import { useRankingLinks } from './RankingEntityLink';
import { ScorecardRankingRow } from './ScorecardRankingRow';
import { FIRST_ORDER } from './SortableHeader';

const PAGE_SIZES = [25, 50, 100, 200];

/**
 * One page of the ranked ML services. Sorting and paging are done by the
 * backend: the table only reports what the user asked for.
 */
export function ScorecardRankingTable(props: {
  page: Pick<
    ScorecardPageResponse,
    'items' | 'limit' | 'offset' | 'nextCursor' | 'prevCursor'
  >;
  /** Every row of the filtered view; unknown until its summary arrives. */
  totalCount?: number;
  query: ScorecardQuery;
  model?: MaturityModel;
  /** Display names of owners and systems by ref, as far as known. */
  entityNames?: Record<string, string>;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { page: response, totalCount, query, model, onChange } = props;
  const links = useRankingLinks(props.entityNames);
  const dense = useDenseTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const sort = (field: ScorecardOrderField) => {
    const flipped = query.order === 'asc' ? 'desc' : 'asc';
    onChange({
      orderBy: field,
      order: query.orderBy === field ? flipped : FIRST_ORDER[field],
    });
  };
  const limit = query.limit ?? response.limit;
  // Only the layout in use is rendered: each entity link costs, and a row
  // has up to three. The styles still hide the other one should the query
  // and the width disagree for a moment.
  const narrow = useMediaQuery(NARROW_QUERY, { noSsr: true });

  return (
    <Paper>
      <TableContainer>
        <Table
          size="small"
          className={dense.table}
          aria-label={t('scorecardRankingTable.ariaLabel')}
        >
          <ScorecardRankingHeader
            query={query}
            narrow={narrow}
            t={t}
            onSort={sort}
          />
          <TableBody>
            {response.items.map((item, index) => (
              <ScorecardRankingRow
                key={item.entityRef}
                item={item}
                rank={response.offset + index + 1}
                narrow={narrow}
                t={t}
                links={links}
                model={model}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={totalCount ?? -1}
        page={Math.floor(response.offset / limit)}
        rowsPerPage={limit}
        rowsPerPageOptions={
          PAGE_SIZES.includes(limit)
            ? PAGE_SIZES
            : [...PAGE_SIZES, limit].sort((a, b) => a - b)
        }
        onPageChange={(_e, page) =>
          onChange(scorecardPageChange(response, limit, page))
        }
        onRowsPerPageChange={e => onChange({ limit: Number(e.target.value) })}
      />
      <Box px={2} pb={1}>
        <OurAddition testId="ranking-ours">
          {t('scorecardRankingTable.ours')}
        </OurAddition>
      </Box>
    </Paper>
  );
}
