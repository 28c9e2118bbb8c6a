import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { useState } from 'react';
import { useEntityEvidence } from '../../../hooks/useEntityEvidence';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  AcceleratedRoadmapCard,
  acceleratedRoadmaps,
} from '../AcceleratedRoadmap';
import { shownEvidenceBacking } from '../AnswerEvidence';
import { AnswersByDimension } from '../AnswersByDimension';
import { AssessmentEditor } from '../AssessmentEditor';
import { AssessmentHistory } from '../AssessmentHistory';
import { DimensionScoresChart } from '../DimensionScoresChart';
import {
  EntityCampaignsCard,
  useEntityCampaigns,
} from '../EntityCampaignsCard';
import { LevelComparison } from '../LevelComparison';
import { MaturityHeadline } from '../MaturityHeadline';
import { MaturityTargetCard } from '../MaturityTarget';
import { NextLevelRoadmapCard } from '../NextLevelRoadmap';
import { DraftNotice } from './DraftNotice';
import { ReadOnlyNote, UpdateAssessmentButton } from './EditAccess';
import { useEntityDraft } from './useEntityDraft';
import { useEntityMaturity } from './useEntityMaturity';

/**
 * The Maturity tab of an ML service: the current assessment's level, score,
 * dimension averages, its maturity target (when one applies) and the answers
 * that would reach it, the active campaigns it is in, what its level and the
 * next one mean, answers, roadmap to the next level (and the accelerated path
 * for Level 0 and 1) and history, and the questionnaire for those allowed to
 * update it.
 *
 * @public
 */
export function EntityMaturityContent() {
  const { entity } = useEntity();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const permission = usePermission({
    permission: mlopsMaturityAssessmentUpdatePermission,
    resourceRef: entityRef,
  });
  const canEdit = permission.allowed;
  const data = useEntityMaturity(entityRef);
  const drafts = useEntityDraft(entityRef, canEdit);
  const [editing, setEditing] = useState(false);
  const [submissions, setSubmissions] = useState(0);
  // Loaded beside the rest, so the tab does not wait for it; a submission
  // may complete a campaign, so it reloads.
  const campaigns = useEntityCampaigns(entityRef, submissions);
  // Once per view, beside the rest: evidence does not change with answers.
  const signals = useEntityEvidence(entityRef);

  if (data.loading) return <Progress />;
  if (data.error) return <ResponseErrorPanel error={data.error} />;
  const { model, current, currentModel, target } = data.value!;
  const title = entity.metadata.title ?? entity.metadata.name;
  const draft = drafts.draft;
  // What the levels mean and the accelerated path come from the active model:
  // they describe the level reached, not the answers, and an assessment
  // pinned to an older model version would miss newer content.
  const level = current?.result.level ?? null;
  const accelerated = level === null ? [] : acceleratedRoadmaps(model, level);
  const evidence =
    current && shownEvidenceBacking(currentModel, current.answers, signals);

  let campaignsCard = null;
  if (campaigns.error) {
    campaignsCard = (
      <Grid item xs={12}>
        <ResponseErrorPanel error={campaigns.error} />
      </Grid>
    );
  } else if (campaigns.value && campaigns.value.length > 0) {
    campaignsCard = (
      <Grid item xs={12}>
        <EntityCampaignsCard items={campaigns.value} model={model} />
      </Grid>
    );
  }

  let access = null;
  if (!permission.loading && !canEdit) {
    access = <ReadOnlyNote entity={entity} />;
  } else if (canEdit && current) {
    access = (
      <UpdateAssessmentButton
        label={t('entityMaturityContent.updateAssessment')}
        onClick={() => setEditing(true)}
      />
    );
  }

  return (
    <>
      <Grid container spacing={3} alignItems="stretch">
        {access && (
          <Grid item xs={12}>
            {access}
          </Grid>
        )}
        {canEdit && draft && (
          <Grid item xs={12}>
            <DraftNotice
              draft={draft}
              model={model}
              onContinue={() => setEditing(true)}
            />
          </Grid>
        )}
        {current ? (
          <>
            <Grid item xs={12} md={6}>
              <MaturityHeadline
                assessment={current}
                model={currentModel}
                activeModel={model}
                evidence={evidence}
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
        ) : (
          <>
            {target && (
              <Grid item xs={12}>
                <MaturityTargetCard target={target} model={model} />
              </Grid>
            )}
            {campaignsCard}
            <Grid item xs={12}>
              <EmptyState
                missing="data"
                title={t('entityMaturityContent.noAssessment')}
                description={t(
                  'entityMaturityContent.noAssessmentDescription',
                  {
                    entity: title,
                    model: model.name,
                    questions: String(model.questions.length),
                  },
                )}
                action={
                  canEdit ? (
                    <Box>
                      <UpdateAssessmentButton
                        label={
                          draft
                            ? t('entityMaturityContent.continueAssessment')
                            : t('entityMaturityContent.startAssessment')
                        }
                        onClick={() => setEditing(true)}
                      />
                    </Box>
                  ) : undefined
                }
              />
            </Grid>
          </>
        )}
      </Grid>
      {editing && canEdit && !drafts.loading && (
        <AssessmentEditor
          title={t('entityMaturityContent.editorTitle', { entity: title })}
          entityRef={entityRef}
          model={model}
          current={current}
          draft={draft}
          signals={signals}
          onClose={() => setEditing(false)}
          onDraftChange={drafts.setDraft}
          onCurrentChange={() => data.reload()}
          onSubmitted={() => {
            setEditing(false);
            setSubmissions(n => n + 1);
            data.reload();
          }}
        />
      )}
    </>
  );
}
