import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLink,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  MaturityModel,
  ScorecardOrderField,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import { makeStyles } from '@material-ui/core/styles';
import { formatScore } from '../../format/formatScore';
import { LevelBadge } from '../LevelBadge';
import { Timestamp } from '../Timestamp';
import { dimensionName, levelName } from '../../format/modelNames';

/** Sorting that starts with the biggest values first for numbers and dates. */
const FIRST_ORDER: Record<ScorecardOrderField, 'asc' | 'desc'> = {
  score: 'desc',
  level: 'desc',
  updatedAt: 'desc',
  name: 'asc',
  owner: 'asc',
};

const PAGE_SIZES = [25, 50, 100, 200];

// Short values and headers stay on one line; names may wrap.
const useStyles = makeStyles({
  table: { '& th, & td': { whiteSpace: 'nowrap' } },
  wrap: { whiteSpace: 'normal !important' as 'normal', minWidth: 160 },
});

function SortableHeader(props: {
  field: ScorecardOrderField;
  label: string;
  query: ScorecardQuery;
  align?: 'right';
  onSort: (field: ScorecardOrderField) => void;
}) {
  const active = props.query.orderBy === props.field;
  return (
    <TableCell
      align={props.align}
      sortDirection={active ? props.query.order : false}
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

function RefCell(props: { entityRef: string | null; kind: string }) {
  return (
    <TableCell>
      {props.entityRef ? (
        <EntityRefLink entityRef={props.entityRef} defaultKind={props.kind} />
      ) : (
        '–'
      )}
    </TableCell>
  );
}

/**
 * One page of the ranked ML services. Sorting and paging are done by the
 * backend: the table only reports what the user asked for.
 */
export function ScorecardRankingTable(props: {
  response: ScorecardResponse;
  query: ScorecardQuery;
  model?: MaturityModel;
  onChange: (change: Partial<ScorecardQuery>) => void;
}) {
  const { response, query, model, onChange } = props;
  const classes = useStyles();
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

  const row = (item: ScorecardRow, index: number) => (
    <TableRow key={item.entityRef} data-testid="scorecard-row">
      <TableCell>{response.offset + index + 1}</TableCell>
      <TableCell className={classes.wrap}>
        <Link to={`${entityRoute(entityRouteParams(item.entityRef))}/maturity`}>
          {item.title ?? item.name}
        </Link>
      </TableCell>
      <RefCell entityRef={item.owner} kind="Group" />
      <RefCell entityRef={item.system} kind="System" />
      <TableCell>{item.lifecycle ?? '–'}</TableCell>
      <TableCell>
        <LevelBadge
          level={item.level}
          name={levelName(model, item.level)}
          variant="compact"
        />
      </TableCell>
      <TableCell align="right">{formatScore(item.score)}</TableCell>
      <TableCell>
        {item.gatedLevel === null ? '–' : `L${item.gatedLevel}`}
      </TableCell>
      <TableCell className={classes.wrap}>
        {item.weakestDimensionId
          ? dimensionName(model, item.weakestDimensionId)
          : '–'}
      </TableCell>
      <TableCell>
        {item.updatedAt ? <Timestamp value={item.updatedAt} compact /> : '–'}
      </TableCell>
      <TableCell>
        {item.stale && (
          <Chip
            size="small"
            label="Stale"
            color="secondary"
            style={{ margin: 0 }}
          />
        )}
      </TableCell>
    </TableRow>
  );

  return (
    <Paper>
      <TableContainer>
        <Table
          size="small"
          className={classes.table}
          aria-label="ML services ranked by maturity"
        >
          <TableHead>
            <TableRow>
              <TableCell>Rank</TableCell>
              <SortableHeader field="name" label="Service" {...header} />
              <SortableHeader field="owner" label="Owner" {...header} />
              <TableCell>System</TableCell>
              <TableCell>Lifecycle</TableCell>
              <SortableHeader field="level" label="Level" {...header} />
              <SortableHeader
                field="score"
                label="Score"
                align="right"
                {...header}
              />
              <TableCell>Gated level</TableCell>
              <TableCell>Weakest dimension</TableCell>
              <SortableHeader
                field="updatedAt"
                label="Last updated"
                {...header}
              />
              <TableCell>Stale</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>{response.items.map(row)}</TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={response.totalCount}
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
