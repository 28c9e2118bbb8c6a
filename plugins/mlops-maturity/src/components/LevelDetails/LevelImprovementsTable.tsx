import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { mlopsMaturityTranslationRef } from '../../translation';

/** What a level does better than the level below it, aspect by aspect. */
export function LevelImprovementsTable(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rows = level.improvementsOverPrevious ?? [];
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      aria-label={t('levelImprovementsTable.ariaLabel', {
        level: String(level.level),
        previous: String(level.level - 1),
      })}
    >
      <TableHead>
        <TableRow>
          <TableCell>{t('levelImprovementsTable.aspect')}</TableCell>
          <TableCell>
            {t('levelImprovementsTable.level', {
              level: String(level.level - 1),
            })}
          </TableCell>
          <TableCell>
            {t('levelImprovementsTable.level', { level: String(level.level) })}
          </TableCell>
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
