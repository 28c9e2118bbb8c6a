import {
  ScorecardOrderField,
  ScorecardQuery,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TableCell from '@material-ui/core/TableCell';
import TableSortLabel from '@material-ui/core/TableSortLabel';

/**
 * The first direction of each sort: biggest first for numbers and dates,
 * except the answers still to raise, where the services one step away from
 * the next level are the ones worth looking at, and the evidence-backed
 * share, where the services whose answers are mostly self-reported are.
 * The verified level sorts as the level does. (The backend puts services
 * without a share or a verified level last either way.)
 */
export const FIRST_ORDER: Record<ScorecardOrderField, 'asc' | 'desc'> = {
  score: 'desc',
  level: 'desc',
  updatedAt: 'desc',
  name: 'asc',
  owner: 'asc',
  raisesToNextLevel: 'asc',
  evidenceShare: 'asc',
  verifiedLevel: 'desc',
};

/** A sort button of a column header. */
function SortLabel(props: {
  field: ScorecardOrderField;
  label: string;
  query: ScorecardQuery;
  title?: string;
  block?: boolean;
  onSort: (field: ScorecardOrderField) => void;
}) {
  const active = props.query.orderBy === props.field;
  return (
    <TableSortLabel
      active={active}
      direction={active ? props.query.order : FIRST_ORDER[props.field]}
      onClick={() => props.onSort(props.field)}
      title={props.title}
      style={props.block ? { display: 'flex' } : undefined}
    >
      {props.label}
    </TableSortLabel>
  );
}

/**
 * A column header that sorts the ranking by its field; with `also`, a second
 * sort button below for a column folded into this one.
 */
export function SortableHeader(props: {
  field: ScorecardOrderField;
  label: string;
  query: ScorecardQuery;
  align?: 'right';
  /** What the column means, as the header's tooltip. */
  title?: string;
  also?: { field: ScorecardOrderField; label: string; title?: string };
  onSort: (field: ScorecardOrderField) => void;
}) {
  const { also, query, onSort } = props;
  const sorted = [props.field, also?.field].includes(query.orderBy);
  return (
    <TableCell
      align={props.align}
      sortDirection={sorted ? query.order : false}
      title={also ? undefined : props.title}
    >
      <SortLabel
        field={props.field}
        label={props.label}
        query={query}
        block={!!also}
        onSort={onSort}
      />
      {also && (
        <SortLabel
          field={also.field}
          label={also.label}
          title={also.title}
          query={query}
          block
          onSort={onSort}
        />
      )}
    </TableCell>
  );
}
