import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  QuestionGap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { dimensionName } from '../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelBadge } from '../LevelBadge';

/** Questions answered below the target level: where they are and where to go. */
export function RoadmapQuestionGaps(props: {
  model: MaturityModel;
  gaps: QuestionGap[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Table size="small" aria-label={t('roadmapQuestionGaps.ariaLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('roadmapQuestionGaps.question')}</TableCell>
          <TableCell>{t('roadmapQuestionGaps.dimension')}</TableCell>
          <TableCell>{t('roadmapQuestionGaps.now')}</TableCell>
          <TableCell>{t('roadmapQuestionGaps.target')}</TableCell>
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
