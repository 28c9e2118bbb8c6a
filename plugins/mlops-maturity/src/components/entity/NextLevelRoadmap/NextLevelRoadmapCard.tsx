import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MaturityModel,
  MaturityResult,
  nextLevelRoadmap,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { modelLevel } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AnswersToNextLevel } from './AnswersToNextLevel';
import { RoadmapPriorityBox } from './RoadmapPriorityBox';
import { RoadmapQuestionGaps } from './RoadmapQuestionGaps';
import { RoadmapSteps } from './RoadmapSteps';
import { TransitionFacts } from './TransitionFacts';
import { OurAddition } from '../../shared/OurAddition';

/**
 * What to do to reach the next level: how many answers it is away, where to
 * start (the roadmap's first phase that still has work, with its questions
 * below the next level), the transition's goal and effort, all of its
 * initiatives in the roadmap's phase order and every question answered
 * below the next level.
 */
export function NextLevelRoadmapCard(props: {
  model: MaturityModel;
  result: MaturityResult;
  /** The plan to the next verified level, beside the plan to the next level. */
  verifiedPlan?: ReactNode;
}) {
  const { model, result, verifiedPlan } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const topLevel = modelLevel(model, 4);

  if (result.level === 4) {
    return (
      <InfoCard title={t('nextLevelRoadmap.title')}>
        <Typography>
          {topLevel
            ? t('nextLevelRoadmap.topLevelWithName', {
                level: '4',
                name: topLevel.name,
              })
            : t('nextLevelRoadmap.topLevel', { level: '4' })}
        </Typography>
        {verifiedPlan}
      </InfoCard>
    );
  }

  const roadmap = nextLevelRoadmap(model, result);
  if (!roadmap) return null;
  const targetLevel = String(roadmap.targetLevel);
  const target = modelLevel(model, roadmap.targetLevel);
  const { transition } = roadmap;

  return (
    <InfoCard
      title={
        target
          ? t('nextLevelRoadmap.titleToLevelWithName', {
              level: targetLevel,
              name: target.name,
            })
          : t('nextLevelRoadmap.titleToLevel', { level: targetLevel })
      }
      subheader={transition?.goal}
    >
      <AnswersToNextLevel model={model} path={roadmap.path} />
      {verifiedPlan}
      {roadmap.priority && (
        <RoadmapPriorityBox model={model} priority={roadmap.priority} />
      )}
      {transition && <TransitionFacts transition={transition} />}
      {(transition?.notes ?? []).map(note => (
        <OurAddition key={note} testId="roadmap-note">
          <strong>{t('nextLevelRoadmap.ourNote')}</strong> {note}
        </OurAddition>
      ))}
      <Box mt={2}>
        <Typography variant="h6" gutterBottom>
          {t('nextLevelRoadmap.initiatives')}
        </Typography>
        {roadmap.steps.length > 0 ? (
          <RoadmapSteps steps={roadmap.steps} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('nextLevelRoadmap.noInitiatives')}
          </Typography>
        )}
      </Box>
      <Box mt={3}>
        <Typography variant="h6" gutterBottom>
          {t('nextLevelRoadmap.questionsBelowLevel', { level: targetLevel })}
        </Typography>
        {roadmap.questionGaps.length > 0 ? (
          <RoadmapQuestionGaps model={model} gaps={roadmap.questionGaps} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('nextLevelRoadmap.noQuestionsBelowLevel', {
              level: targetLevel,
            })}
          </Typography>
        )}
      </Box>
    </InfoCard>
  );
}
