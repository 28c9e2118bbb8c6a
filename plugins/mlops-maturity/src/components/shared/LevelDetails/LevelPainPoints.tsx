import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevel,
  MaturityLevelPainPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../CompactTable';

/** The problems that define a level: problem, impact and an example. */
export function LevelPainPointsTable(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rows = level.painPoints ?? [];
  if (rows.length === 0) return null;
  return (
    <CompactTable<MaturityLevelPainPoint>
      ariaLabel={t('levelPainPoints.ariaLabel', {
        level: String(level.level),
      })}
      rows={rows}
      rowKey={row => row.problem}
      columns={[
        {
          title: t('levelPainPoints.problem'),
          value: row => row.problem,
          rowHeader: true,
        },
        { title: t('levelPainPoints.impact'), value: row => row.impact },
        { title: t('levelPainPoints.example'), value: row => row.example },
      ]}
    />
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
