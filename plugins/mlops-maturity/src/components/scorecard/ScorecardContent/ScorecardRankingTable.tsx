import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ScorecardOrderField,
  ScorecardQuery,
  ScorecardPageResponse,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import { makeStyles } from '@material-ui/core/styles';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { formatScore } from '../../../format/formatScore';
import { formatPercent } from '../../../format/formatShare';
import { SuggestsHigherMark } from './SuggestsHigherMark';
import { LevelBadge } from '../../shared/LevelBadge';
import { TargetStatus } from './TargetStatus';
import { Timestamp } from '../../shared/Timestamp';
import { dimensionName, levelName } from '../../../format/modelNames';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';
import { useDenseTableStyles } from '../../shared/CompactTable';

/**
 * The first direction of each sort: biggest first for numbers and dates,
 * except the answers still to raise, where the services one step away from
 * the next level are the ones worth looking at, and the evidence-backed
 * share, where the services whose answers are mostly self-reported are.
 * (The backend puts services without a share last either way.)
 */
const FIRST_ORDER: Record<ScorecardOrderField, 'asc' | 'desc'> = {
  score: 'desc',
  level: 'desc',
  updatedAt: 'desc',
  name: 'asc',
  owner: 'asc',
  raisesToNextLevel: 'asc',
  evidenceShare: 'asc',
};

const PAGE_SIZES = [25, 50, 100, 200];

// Below this window width (at 1280 px with the sidebar open, say) the
// system and lifecycle columns fold into the service's cell, the target and
// the gated level into the level's, and the stale mark into the last
// update's.
const NARROW_QUERY = '(max-width: 1439.95px)';
const NARROW = `@media ${NARROW_QUERY}`;

// Headers, names and refs wrap between words; short values stay on one
// line. Backstage's theme breaks table text anywhere (word-break:
// break-word), which lets the browser squeeze a column below its longest
// word ("Recommend-ations"); words break here only if one alone is too wide.
// Cell padding is tighter than the theme's so that thirteen columns fit.
const useStyles = makeStyles(theme => ({
  value: { whiteSpace: 'nowrap' },
  // Room for most names on two lines, and for system · lifecycle below.
  name: { minWidth: theme.spacing(22) },
  wide: { [NARROW]: { display: 'none' } },
  folded: { display: 'none', [NARROW]: { display: 'block' } },
}));

function formatRaises(
  raises: number | null | undefined,
  t: MlopsMaturityTranslation,
): string {
  // Rows from a backend without the field yet have it undefined.
  if (raises === null || raises === undefined) return '–';
  return t('scorecardRankingTable.raises', { count: raises });
}

/**
 * The share of the answers that evidence backs, with the counts as its
 * tooltip, and how many answers evidence suggests are too low.
 */
function EvidenceShare(props: {
  item: ScorecardRow;
  t: MlopsMaturityTranslation;
}) {
  const { item, t } = props;
  // Rows from a backend without the fields yet have them undefined.
  const share = item.evidenceShare ?? null;
  const backed = item.evidenceBackedCount ?? null;
  const answered = item.evidenceAnsweredCount ?? null;
  const higher = item.evidenceSuggestsHigherCount ?? 0;
  if (share === null) return <>–</>;
  const higherHint = t('scorecardRankingTable.suggestsHigherHint', {
    count: higher,
  });
  return (
    <>
      <span
        data-testid="evidence-share"
        title={
          backed !== null && answered !== null
            ? t('scorecardRankingTable.evidenceBacked', {
                backed: String(backed),
                count: answered,
              })
            : undefined
        }
      >
        {formatPercent(share)}
      </span>
      {higher > 0 && (
        <SuggestsHigherMark
          label={t('scorecardRankingTable.suggestsHigher', {
            higher: String(higher),
          })}
          hint={higherHint}
          testId="evidence-suggests-higher"
        />
      )}
    </>
  );
}

function SortableHeader(props: {
  field: ScorecardOrderField;
  label: string;
  query: ScorecardQuery;
  align?: 'right';
  /** What the column means, as the header's tooltip. */
  title?: string;
  onSort: (field: ScorecardOrderField) => void;
}) {
  const active = props.query.orderBy === props.field;
  return (
    <TableCell
      align={props.align}
      sortDirection={active ? props.query.order : false}
      title={props.title}
    >
      <TableSortLabel
        active={active}
        direction={active ? props.query.order : FIRST_ORDER[props.field]}
        onClick={() => props.onSort(props.field)}
      >
        {props.label}
      </TableSortLabel>
    </TableCell>
  );
}

function RefLink(props: { entityRef: string | null; kind: string }) {
  return props.entityRef ? (
    <EntityRefLink entityRef={props.entityRef} defaultKind={props.kind} />
  ) : (
    <>–</>
  );
}

/**
 * One page of the ranked ML services. Sorting and paging are done by the
 * backend: the table only reports what the user asked for.
 */
export function ScorecardRankingTable(props: {
  page: Pick<ScorecardPageResponse, 'items' | 'limit' | 'offset'>;
  /** Every row of the filtered view; unknown until its summary arrives. */
  totalCount?: number;
  query: ScorecardQuery;
  model?: MaturityModel;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { page: response, totalCount, query, model, onChange } = props;
  const classes = useStyles();
  const dense = useDenseTableStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const sort = (field: ScorecardOrderField) => {
    const flipped = query.order === 'asc' ? 'desc' : 'asc';
    onChange({
      orderBy: field,
      order: query.orderBy === field ? flipped : FIRST_ORDER[field],
    });
  };
  const limit = query.limit ?? response.limit;
  const header = { query, onSort: sort };
  // Only the layout in use is rendered: each entity link costs, and a row
  // has up to three. The styles above still hide the other one should the
  // query and the width disagree for a moment.
  const narrow = useMediaQuery(NARROW_QUERY, { noSsr: true });

  // Rows from a backend without targets yet have the fields undefined.
  const target = (item: ScorecardRow) =>
    item.targetLevel !== null && item.targetLevel !== undefined ? (
      <TargetStatus
        level={item.targetLevel}
        met={item.targetMet === true}
        title={item.targetTitle}
      />
    ) : null;

  const gatedLevel = (item: ScorecardRow) =>
    item.gatedLevel === null
      ? '–'
      : t('scorecardRankingTable.gatedLevelValue', {
          level: String(item.gatedLevel),
        });

  const staleChip = (item: ScorecardRow) =>
    item.stale && (
      <Chip
        size="small"
        label={t('scorecardRankingTable.staleChip')}
        color="secondary"
        style={{ margin: 0 }}
      />
    );

  const row = (item: ScorecardRow, index: number) => (
    <TableRow key={item.entityRef} data-testid="scorecard-row">
      <TableCell className={classes.value}>
        {response.offset + index + 1}
      </TableCell>
      <TableCell className={classes.name}>
        <Link to={`${entityRoute(entityRouteParams(item.entityRef))}/maturity`}>
          {item.title ?? item.name}
        </Link>
        {narrow && (
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.folded}
          >
            <RefLink entityRef={item.system} kind="System" />
            {' · '}
            {item.lifecycle ?? '–'}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <RefLink entityRef={item.owner} kind="Group" />
      </TableCell>
      {!narrow && (
        <TableCell className={classes.wide}>
          <RefLink entityRef={item.system} kind="System" />
        </TableCell>
      )}
      {!narrow && (
        <TableCell className={classes.wide}>{item.lifecycle ?? '–'}</TableCell>
      )}
      <TableCell className={classes.value}>
        <LevelBadge
          level={item.level}
          name={levelName(model, item.level)}
          variant="compact"
        />
        {narrow && target(item) && (
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.folded}
          >
            {t('scorecardRankingTable.target')}: {target(item)}
          </Typography>
        )}
        {narrow && item.gatedLevel !== null && (
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.folded}
          >
            {t('scorecardRankingTable.gatedLevel')}: {gatedLevel(item)}
          </Typography>
        )}
      </TableCell>
      {!narrow && (
        <TableCell className={classes.value}>{target(item)}</TableCell>
      )}
      <TableCell align="right" className={classes.value}>
        {formatScore(item.score)}
      </TableCell>
      <TableCell className={classes.value}>
        {formatRaises(item.raisesToNextLevel, t)}
      </TableCell>
      <TableCell className={classes.value} data-testid="evidence-cell">
        <EvidenceShare item={item} t={t} />
      </TableCell>
      {!narrow && (
        <TableCell className={classes.value}>{gatedLevel(item)}</TableCell>
      )}
      <TableCell>
        {item.weakestDimensionId
          ? dimensionName(model, item.weakestDimensionId)
          : '–'}
      </TableCell>
      <TableCell className={classes.value}>
        {item.updatedAt ? <Timestamp value={item.updatedAt} compact /> : '–'}
        {narrow && item.stale && (
          <div className={classes.folded}>{staleChip(item)}</div>
        )}
      </TableCell>
      {!narrow && <TableCell>{staleChip(item)}</TableCell>}
    </TableRow>
  );

  return (
    <Paper>
      <TableContainer>
        <Table
          size="small"
          className={dense.table}
          aria-label={t('scorecardRankingTable.ariaLabel')}
        >
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
              <SortableHeader
                field="level"
                label={t('scorecardRankingTable.level')}
                {...header}
              />
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
              <TableCell>
                {t('scorecardRankingTable.weakestDimension')}
              </TableCell>
              <SortableHeader
                field="updatedAt"
                label={t('scorecardRankingTable.lastUpdated')}
                {...header}
              />
              {/* ...and the stale mark into the last update's. */}
              {!narrow && (
                <TableCell>{t('scorecardRankingTable.stale')}</TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>{response.items.map(row)}</TableBody>
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
        onPageChange={(_e, page) => onChange({ offset: page * limit })}
        onRowsPerPageChange={e => onChange({ limit: Number(e.target.value) })}
      />
    </Paper>
  );
}
