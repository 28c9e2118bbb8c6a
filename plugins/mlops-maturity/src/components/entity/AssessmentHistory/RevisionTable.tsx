import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  AssessmentHistoryEntry,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { formatScore } from '../../../format/formatScore';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { LevelBadge } from '../../shared/LevelBadge';
import { Timestamp } from '../../shared/Timestamp';

/** The submitted revisions, newest first. */
export function RevisionTable(props: {
  history: AssessmentHistoryEntry[];
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <CompactTable<AssessmentHistoryEntry>
      ariaLabel={t('revisionTable.ariaLabel')}
      rows={props.history}
      rowKey={entry => entry.revision}
      rowTestId="revision-row"
      columns={[
        { title: t('revisionTable.revision'), value: entry => entry.revision },
        {
          title: t('revisionTable.date'),
          value: entry => <Timestamp value={entry.createdAt} compact />,
        },
        {
          title: t('revisionTable.author'),
          value: entry => (
            <EntityRefLink entityRef={entry.author} defaultKind="User" />
          ),
        },
        {
          title: t('revisionTable.score'),
          value: entry => formatScore(entry.score),
          align: 'right',
        },
        {
          title: t('revisionTable.level'),
          value: entry => (
            <LevelBadge
              level={entry.level}
              name={levelName(props.model, entry.level)}
              variant="compact"
            />
          ),
        },
        {
          title: t('revisionTable.model'),
          value: entry => entry.modelVersion,
        },
      ]}
    />
  );
}
