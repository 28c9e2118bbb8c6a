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
import { LevelBadge } from '../LevelBadge';
import { Timestamp } from '../Timestamp';
import { levelName } from '../../format/modelNames';

/** The submitted revisions, newest first. */
export function RevisionTable(props: {
  history: AssessmentHistoryEntry[];
  model?: MaturityModel;
}) {
  return (
    <Table size="small" aria-label="Revisions">
      <TableHead>
        <TableRow>
          <TableCell>Revision</TableCell>
          <TableCell>Date</TableCell>
          <TableCell>Author</TableCell>
          <TableCell align="right">Score</TableCell>
          <TableCell>Level</TableCell>
          <TableCell>Model</TableCell>
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
