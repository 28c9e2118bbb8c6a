import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  CurrentAssessment,
  EntityVerificationResponse,
  MaturityModel,
  MaturityTarget,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  AcceleratedRoadmapCard,
  acceleratedRoadmaps,
} from '../AcceleratedRoadmap';
import { shownEvidenceBacking } from '../AnswerEvidence';
import { AnswersByDimension } from '../AnswersByDimension';
import { AssessmentHistory } from '../AssessmentHistory';
import { DimensionScoresChart } from '../DimensionScoresChart';
import { LevelComparison } from '../LevelComparison';
import { MaturityHeadline } from '../MaturityHeadline';
import { MaturityTargetCard } from '../MaturityTarget';
import { NextLevelRoadmapCard } from '../NextLevelRoadmap';
import { ServiceTrendSparkline } from '../ServiceTrend';
import {
  AnswersToNextVerifiedLevel,
  VerifiedLevelSummary,
} from '../Verification';

/** The headline (with the verified level and the trend) and the dimension chart, side by side. */
function HeadlineCards(props: {
  entityRef: string;
  current: CurrentAssessment;
  model: MaturityModel;
  currentModel: MaturityModel;
  evidence: ReturnType<typeof shownEvidenceBacking>;
  verification?: EntityVerificationResponse;
  submissions: number;
}) {
  const { entityRef, current, model, currentModel, evidence } = props;
  const { verification, submissions } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <>
      <Grid item xs={12} md={6}>
        <MaturityHeadline
          assessment={current}
          model={currentModel}
          activeModel={model}
          evidence={evidence}
          verification={
            verification && (
              <VerifiedLevelSummary
                verification={verification}
                model={currentModel}
              />
            )
          }
          trend={
            <ServiceTrendSparkline
              entityRef={entityRef}
              refreshKey={`${current.revision}-${submissions}`}
            />
          }
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard
          title={t('entityMaturityContent.dimensionsTitle')}
          subheader={t('entityMaturityContent.dimensionsSubheader')}
        >
          <DimensionScoresChart dimensions={current.result.dimensions} />
        </InfoCard>
      </Grid>
    </>
  );
}

/**
 * The cards of an assessed service: headline (with the verified level when
 * the backend gives it), dimensions, target, campaigns,
 * what its level means, the roadmaps, the answers and the history.
 */
export function AssessedView(props: {
  entityRef: string;
  current: CurrentAssessment;
  /** The active model. */
  model: MaturityModel;
  /** The model the current assessment was answered against. */
  currentModel: MaturityModel;
  target: MaturityTarget | null;
  evidence: ReturnType<typeof shownEvidenceBacking>;
  /** The claimed and verified level of the current revision; none hides them. */
  verification?: EntityVerificationResponse;
  campaignsCard: ReactNode;
  /** How many submissions this view made, to reload the history. */
  submissions: number;
}) {
  const { entityRef, current, model, currentModel, target, evidence } = props;
  const { verification, campaignsCard, submissions } = props;
  // What the levels mean and the accelerated path come from the active model:
  // they describe the level reached, not the answers, and an assessment
  // pinned to an older model version would miss newer content.
  const level = current.result.level ?? null;
  const accelerated = level === null ? [] : acceleratedRoadmaps(model, level);
  return (
    <>
      <HeadlineCards
        entityRef={entityRef}
        current={current}
        model={model}
        currentModel={currentModel}
        evidence={evidence}
        verification={verification}
        submissions={submissions}
      />
      {target && (
        <Grid item xs={12}>
          <MaturityTargetCard
            target={target}
            model={currentModel}
            result={current.result}
          />
        </Grid>
      )}
      {campaignsCard}
      {level !== null && (
        <Grid item xs={12}>
          <LevelComparison model={model} level={level} />
        </Grid>
      )}
      <Grid item xs={12}>
        <NextLevelRoadmapCard
          model={currentModel}
          result={current.result}
          verifiedPlan={
            verification && (
              <AnswersToNextVerifiedLevel
                model={currentModel}
                path={verification.nextVerifiedLevel}
              />
            )
          }
        />
      </Grid>
      {accelerated.map(roadmap => (
        <Grid item xs={12} key={`${roadmap.from}-${roadmap.to}`}>
          <AcceleratedRoadmapCard
            model={model}
            roadmap={roadmap}
            level={level!}
          />
        </Grid>
      ))}
      <Grid item xs={12}>
        <AnswersByDimension
          model={currentModel}
          answers={current.answers}
          dimensions={current.result.dimensions}
          evidence={evidence}
          verification={verification}
        />
      </Grid>
      <Grid item xs={12}>
        <AssessmentHistory
          entityRef={entityRef}
          activeModel={model}
          refreshKey={`${current.revision}-${submissions}`}
        />
      </Grid>
    </>
  );
}
