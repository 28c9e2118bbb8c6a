import {
  MaturityModel,
  QuestionGap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { LevelBadge } from '../LevelBadge';
import { dimensionName } from '../../format/modelNames';

/** Questions answered below the target level: where they are and where to go. */
export function RoadmapQuestionGaps(props: {
  model: MaturityModel;
  gaps: QuestionGap[];
}) {
  return (
    <Table size="small" aria-label="Questions below the next level">
      <TableHead>
        <TableRow>
          <TableCell>Question</TableCell>
          <TableCell>Dimension</TableCell>
          <TableCell>Now</TableCell>
          <TableCell>Target</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.gaps.map(gap => (
          <TableRow key={gap.questionId} data-testid="roadmap-gap">
            <TableCell>{gap.title}</TableCell>
            <TableCell>{dimensionName(props.model, gap.dimensionId)}</TableCell>
            <TableCell>
              <LevelBadge level={gap.currentLevel} /> {gap.currentDescriptor}
            </TableCell>
            <TableCell>
              <LevelBadge level={gap.targetLevel} /> {gap.targetDescriptor}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
