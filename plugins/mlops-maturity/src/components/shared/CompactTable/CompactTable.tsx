import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { ReactNode } from 'react';

/**
 * One column of a {@link CompactTable}.
 */
export interface CompactTableColumn<Row> {
  /** The header; a column of row names may have none. */
  title?: ReactNode;
  /** The column's cell in a row. */
  value: (row: Row) => ReactNode;
  align?: 'left' | 'right';
  /** The column's width, e.g. `'24%'`. */
  width?: string;
  /** The column names its row: its cells are row headers. */
  rowHeader?: boolean;
}

/**
 * A small table of a few rows inside a card, laid out by its columns. It
 * neither sorts nor pages: lists that need either use core-components'
 * `Table`.
 */
export function CompactTable<Row>(props: {
  /** The table's accessible name. */
  ariaLabel: string;
  columns: CompactTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** The `data-testid` of each row of the body. */
  rowTestId?: string;
}) {
  const { columns, rows, rowKey, rowTestId } = props;
  return (
    <Table size="small" aria-label={props.ariaLabel}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            <TableCell
              key={index}
              align={column.align}
              style={column.width ? { width: column.width } : undefined}
            >
              {column.title}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={rowKey(row)} data-testid={rowTestId}>
            {columns.map((column, index) =>
              column.rowHeader ? (
                <TableCell
                  key={index}
                  align={column.align}
                  component="th"
                  scope="row"
                >
                  {column.value(row)}
                </TableCell>
              ) : (
                <TableCell key={index} align={column.align}>
                  {column.value(row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
