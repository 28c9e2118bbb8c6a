import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  AssessmentHistoryEntry,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { formatScore } from '../../format/formatScore';
import { levelName } from '../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelBadge } from '../LevelBadge';
import { Timestamp } from '../Timestamp';

/** The submitted revisions, newest first. */
export function RevisionTable(props: {
  history: AssessmentHistoryEntry[];
  model?: MaturityModel;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Table size="small" aria-label={t('revisionTable.ariaLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('revisionTable.revision')}</TableCell>
          <TableCell>{t('revisionTable.date')}</TableCell>
          <TableCell>{t('revisionTable.author')}</TableCell>
          <TableCell align="right">{t('revisionTable.score')}</TableCell>
          <TableCell>{t('revisionTable.level')}</TableCell>
          <TableCell>{t('revisionTable.model')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.history.map(entry => (
          <TableRow key={entry.revision} data-testid="revision-row">
            <TableCell>{entry.revision}</TableCell>
            <TableCell>
              <Timestamp value={entry.createdAt} compact />
            </TableCell>
            <TableCell>
              <EntityRefLink entityRef={entry.author} defaultKind="User" />
            </TableCell>
            <TableCell align="right">{formatScore(entry.score)}</TableCell>
            <TableCell>
              <LevelBadge
                level={entry.level}
                name={levelName(props.model, entry.level)}
                variant="compact"
              />
            </TableCell>
            <TableCell>{entry.modelVersion}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
