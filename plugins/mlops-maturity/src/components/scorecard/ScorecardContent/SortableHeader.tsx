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

/** A column header that sorts the ranking by its field. */
export function SortableHeader(props: {
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
