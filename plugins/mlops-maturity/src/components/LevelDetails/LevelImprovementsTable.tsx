import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';

/** What a level does better than the level below it, aspect by aspect. */
export function LevelImprovementsTable(props: { level: MaturityLevel }) {
  const { level } = props;
  const rows = level.improvementsOverPrevious ?? [];
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      aria-label={`Improvements of Level ${level.level} over Level ${
        level.level - 1
      }`}
    >
      <TableHead>
        <TableRow>
          <TableCell>Aspect</TableCell>
          <TableCell>Level {level.level - 1}</TableCell>
          <TableCell>Level {level.level}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.aspect}>
            <TableCell component="th" scope="row">
              {row.aspect}
            </TableCell>
            <TableCell>{row.previousLevel}</TableCell>
            <TableCell>{row.thisLevel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
