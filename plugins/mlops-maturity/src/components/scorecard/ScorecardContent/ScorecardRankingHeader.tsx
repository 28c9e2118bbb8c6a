import {
  ScorecardOrderField,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { MlopsMaturityTranslation } from '../../../translation';
import { useRankingTableStyles } from './rankingTableStyles';
import { SortableHeader } from './SortableHeader';

/** The ranking's column headers, the sortable ones as sort buttons. */
export function ScorecardRankingHeader(props: {
  query: ScorecardQuery;
  narrow: boolean;
  t: MlopsMaturityTranslation;
  onSort: (field: ScorecardOrderField) => void;
}) {
  const { narrow, t } = props;
  const classes = useRankingTableStyles();
  const header = { query: props.query, onSort: props.onSort };
  return (
    <TableHead>
      <TableRow>
        <TableCell>{t('scorecardRankingTable.rank')}</TableCell>
        <SortableHeader
          field="name"
          label={t('scorecardRankingTable.service')}
          {...header}
        />
        <SortableHeader
          field="owner"
          label={t('scorecardRankingTable.owner')}
          {...header}
        />
        {!narrow && (
          <TableCell className={classes.wide}>
            {t('scorecardRankingTable.system')}
          </TableCell>
        )}
        {!narrow && (
          <TableCell className={classes.wide}>
            {t('scorecardRankingTable.lifecycle')}
          </TableCell>
        )}
        {/* Narrow: the verified level folds into the level's column, with its sort. */}
        <SortableHeader
          field="level"
          label={t('scorecardRankingTable.level')}
          also={
            narrow
              ? {
                  field: 'verifiedLevel',
                  label: t('scorecardVerified.column'),
                  title: t('scorecardVerified.columnHint'),
                }
              : undefined
          }
          {...header}
        />
        {!narrow && (
          <SortableHeader
            field="verifiedLevel"
            label={t('scorecardVerified.column')}
            title={t('scorecardVerified.columnHint')}
            {...header}
          />
        )}
        {/* Narrow: the target folds into the level's cell. */}
        {!narrow && (
          <TableCell title={t('scorecardRankingTable.targetHint')}>
            {t('scorecardRankingTable.target')}
          </TableCell>
        )}
        <SortableHeader
          field="score"
          label={t('scorecardRankingTable.score')}
          align="right"
          {...header}
        />
        <SortableHeader
          field="raisesToNextLevel"
          label={t('scorecardRankingTable.toNextLevel')}
          title={t('scorecardRankingTable.toNextLevelHint')}
          {...header}
        />
        <SortableHeader
          field="evidenceShare"
          label={t('scorecardRankingTable.evidence')}
          title={t('scorecardRankingTable.evidenceHint')}
          {...header}
        />
        {/* Narrow: the gated level folds into the level's cell... */}
        {!narrow && (
          <TableCell>{t('scorecardRankingTable.gatedLevel')}</TableCell>
        )}
        <TableCell>{t('scorecardRankingTable.weakestDimension')}</TableCell>
        <SortableHeader
          field="updatedAt"
          label={t('scorecardRankingTable.lastUpdated')}
          {...header}
        />
        {/* ...and the stale mark into the last update's. */}
        {!narrow && <TableCell>{t('scorecardRankingTable.stale')}</TableCell>}
      </TableRow>
    </TableHead>
  );
}
