import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityLevel,
  MaturityLevelImprovement,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../CompactTable';

/** What a level does better than the level below it, aspect by aspect. */
export function LevelImprovementsTable(props: { level: MaturityLevel }) {
  const { level } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const rows = level.improvementsOverPrevious ?? [];
  if (rows.length === 0) return null;
  return (
    <CompactTable<MaturityLevelImprovement>
      ariaLabel={t('levelImprovementsTable.ariaLabel', {
        level: String(level.level),
        previous: String(level.level - 1),
      })}
      rows={rows}
      rowKey={row => row.aspect}
      columns={[
        {
          title: t('levelImprovementsTable.aspect'),
          value: row => row.aspect,
          rowHeader: true,
        },
        {
          title: t('levelImprovementsTable.level', {
            level: String(level.level - 1),
          }),
          value: row => row.previousLevel,
        },
        {
          title: t('levelImprovementsTable.level', {
            level: String(level.level),
          }),
          value: row => row.thisLevel,
        },
      ]}
    />
  );
}
