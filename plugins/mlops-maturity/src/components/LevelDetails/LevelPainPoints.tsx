import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../translation';

/** The problems that define a level: problem, impact and an example. */
export function LevelPainPointsTable(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rows = level.painPoints ?? [];
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      aria-label={t('levelPainPoints.ariaLabel', {
        level: String(level.level),
      })}
    >
      <TableHead>
        <TableRow>
          <TableCell>{t('levelPainPoints.problem')}</TableCell>
          <TableCell>{t('levelPainPoints.impact')}</TableCell>
          <TableCell>{t('levelPainPoints.example')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.problem}>
            <TableCell component="th" scope="row">
              {row.problem}
            </TableCell>
            <TableCell>{row.impact}</TableCell>
            <TableCell>{row.example}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The problems a level still has, which the next level addresses. */
export function RemainingPainPointsList(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const items = level.remainingPainPoints ?? [];
  if (items.length === 0) return null;
  return (
    <ul
      aria-label={t('levelPainPoints.remainingAriaLabel', {
        level: String(level.level),
      })}
    >
      {items.map(item => (
        <li key={item}>
          <Typography variant="body2">{item}</Typography>
        </li>
      ))}
    </ul>
  );
}
