import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import {
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { shownEvidenceBacking } from '../AnswerEvidence';
import { AssessmentEditor } from '../AssessmentEditor';
import { ConfirmUnchanged } from '../ConfirmUnchanged';
import { LoadError } from '../../shared/LoadError';
import { AssessedView } from './AssessedView';
import { DraftNotice } from './DraftNotice';
import { EditAccess } from './EditAccess';
import { EntityCampaignsItem } from './EntityCampaignsItem';
import { NoAssessmentView } from './NoAssessmentView';
import { useMaturityTab } from './useMaturityTab';
import { useSubmissionAlert } from './useSubmissionAlert';

/** Who may edit, and the one-click re-confirmation of an assessed service's answers. */
function TabAccess(props: {
  tab: ReturnType<typeof useMaturityTab>;
  entityRef: string;
  current: CurrentAssessment | undefined;
  model: MaturityModel;
  onEdit: () => void;
  onCurrentChange: () => void;
}) {
  const { entity } = useEntity();
  const { tab, entityRef, current, model } = props;
  return (
    <EditAccess
      entity={entity}
      permissionLoading={tab.permission.loading}
      canEdit={tab.canEdit}
      assessed={!!current}
      onEdit={props.onEdit}
      confirmUnchanged={
        current && (
          <ConfirmUnchanged
            entityRef={entityRef}
            current={current}
            model={model}
            draft={tab.drafts.draft}
            draftLoading={tab.drafts.loading}
            onConfirmed={tab.afterSubmission}
            onCurrentChange={props.onCurrentChange}
          />
        )
      }
    />
  );
}

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
  const tab = useMaturityTab(entityRef);
  const { canEdit, data, drafts, submissions, campaigns } = tab;
  const { signals, verification, afterSubmission } = tab;
  const [editing, setEditing] = useState(false);
  const submissionAlert = useSubmissionAlert();

  if (data.loading) return <Progress />;
  if (data.error) {
    return <LoadError error={data.error} onRetry={() => data.reload()} />;
  }
  const { model, current, currentModel, target } = data.value!;
  const title = entity.metadata.title ?? entity.metadata.name;
  const draft = drafts.draft;
  const evidence =
    current && shownEvidenceBacking(currentModel, current.answers, signals);

  const campaignsCard = (
    <EntityCampaignsItem campaigns={campaigns} model={model} />
  );

  return (
    <>
      <Grid container spacing={3} alignItems="stretch">
        <TabAccess
          tab={tab}
          entityRef={entityRef}
          current={current}
          model={model}
          onEdit={() => setEditing(true)}
          onCurrentChange={() => data.reload()}
        />
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
          <AssessedView
            entityRef={entityRef}
            current={current}
            model={model}
            currentModel={currentModel}
            target={target}
            evidence={evidence}
            verification={
              verification?.revision === current.revision
                ? verification
                : undefined
            }
            campaignsCard={campaignsCard}
            submissions={submissions}
          />
        ) : (
          <NoAssessmentView
            title={title}
            model={model}
            target={target}
            draft={draft}
            canEdit={canEdit}
            campaignsCard={campaignsCard}
            onEdit={() => setEditing(true)}
          />
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
          onSubmitted={saved => {
            submissionAlert(model, current?.result, saved.result);
            setEditing(false);
            afterSubmission();
          }}
        />
      )}
    </>
  );
}
