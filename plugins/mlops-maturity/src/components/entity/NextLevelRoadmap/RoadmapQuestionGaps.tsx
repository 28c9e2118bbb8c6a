import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  QuestionGap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { dimensionName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { CompactTable } from '../../shared/CompactTable';
import { LevelBadge } from '../../shared/LevelBadge';

/** Questions answered below the target level: where they are and where to go. */
export function RoadmapQuestionGaps(props: {
  model: MaturityModel;
  gaps: QuestionGap[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <CompactTable<QuestionGap>
      ariaLabel={t('roadmapQuestionGaps.ariaLabel')}
      rows={props.gaps}
      rowKey={gap => gap.questionId}
      rowTestId="roadmap-gap"
      columns={[
        { title: t('roadmapQuestionGaps.question'), value: gap => gap.title },
        {
          title: t('roadmapQuestionGaps.dimension'),
          value: gap => dimensionName(props.model, gap.dimensionId),
        },
        {
          title: t('roadmapQuestionGaps.now'),
          value: gap => (
            <>
              <LevelBadge level={gap.currentLevel} /> {gap.currentDescriptor}
            </>
          ),
        },
        {
          title: t('roadmapQuestionGaps.target'),
          value: gap => (
            <>
              <LevelBadge level={gap.targetLevel} /> {gap.targetDescriptor}
            </>
          ),
        },
      ]}
    />
  );
}
