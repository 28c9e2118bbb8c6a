import { ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EvidenceSignal } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Fragment, useMemo, useState } from 'react';
import { describeAnswer } from '../../../format/describeAnswer';
import { questionTitle } from '../../../format/modelNames';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';
import { ConflictNotice } from './ConflictNotice';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { DraftConflictNotice } from './DraftConflictNotice';
import { IssueSummary } from './IssueSummary';
import { LivePreview } from './LivePreview';
import { QuestionField } from './QuestionField';
import {
  AssessmentEditorOptions,
  EditorStatus,
  useAssessmentEditor,
} from './useAssessmentEditor';
import { useLeaveGuard } from './useLeaveGuard';
import { StartingPoint } from './startingPoint';

function StartNotice(props: {
  source: StartingPoint['source'];
  dropped: string[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const start = {
    draft: t('startNotice.fromDraft'),
    current: t('startNotice.fromCurrent'),
    empty: t('startNotice.empty'),
  }[props.source];
  const dropped =
    props.dropped.length > 0
      ? t('startNotice.droppedQuestions', {
          questions: props.dropped.join(', '),
        })
      : undefined;
  return (
    <Typography variant="body2" color="textSecondary">
      {[start, dropped].filter(Boolean).join(' ')}
    </Typography>
  );
}

function statusText(status: EditorStatus, t: MlopsMaturityTranslation) {
  switch (status.kind) {
    case 'loadedTheirDraft':
      return t('assessmentEditor.loadedTheirDraft', { author: status.author });
    case 'loadedRevision':
      return t('assessmentEditor.loadedRevision', {
        revision: String(status.revision),
      });
    default:
      return t(`assessmentEditor.${status.kind}`);
  }
}

/**
 * The questionnaire in a dialog: every question of the model grouped by
 * dimension, with what the evidence `signals` show as suggestions to accept,
 * a live preview of the result, save draft, submit and discard.
 * Closing it, or leaving the page, with unsaved answers asks first.
 */
export function AssessmentEditor(
  props: AssessmentEditorOptions & {
    title: string;
    onClose: () => void;
    /** The entity's evidence signals; none (or undefined) suggests nothing. */
    signals?: readonly EvidenceSignal[];
  },
) {
  const { model, title, onClose, signals } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const editor = useAssessmentEditor(props);
  const { answers, busy } = editor;
  const unsaved = editor.unsavedQuestionIds.length > 0;
  // Stable per question, so that an edit re-renders only the question it touches.
  const signalOf = useMemo(
    () => new Map((signals ?? []).map(s => [s.questionId, s])),
    [signals],
  );
  // Set while the user is asked whether to discard; `proceed` carries on
  // with the navigation that asked, if one did.
  const [leaving, setLeaving] = useState<{ proceed?: () => void }>();
  useLeaveGuard({
    active: unsaved,
    onLeave: proceed => setLeaving({ proceed }),
  });

  const requestClose = () => {
    if (unsaved) setLeaving({});
    else onClose();
  };
  const mergedRevision = String(editor.merge?.revision ?? '–');
  const mergeWarning = (questionId: string) => {
    const overlaps = editor.merge?.overlaps;
    if (!overlaps?.has(questionId)) return undefined;
    return t('assessmentEditor.mergeWarning', {
      revision: mergedRevision,
      answer: describeAnswer(
        overlaps.get(questionId),
        model.questions.find(q => q.id === questionId),
        t,
      ),
    });
  };
  const discardAndClose = () => {
    const proceed = leaving?.proceed;
    setLeaving(undefined);
    onClose();
    proceed?.();
  };

  return (
    <>
      <Dialog
        open
        onClose={requestClose}
        fullWidth
        maxWidth="lg"
        scroll="paper"
        aria-labelledby="assessment-editor-title"
      >
        <DialogTitle id="assessment-editor-title">{title}</DialogTitle>
        <Box px={3} pb={1}>
          <StartNotice
            source={editor.start.source}
            dropped={editor.start.droppedQuestionIds}
          />
          <LivePreview model={model} result={editor.result} />
          {editor.conflict && (
            <Box mt={1}>
              <ConflictNotice
                latest={editor.conflict.latest}
                busy={busy !== undefined}
                onMerge={editor.mergeOntoLatest}
                onReload={editor.reloadLatest}
              />
            </Box>
          )}
          {editor.draftConflict && (
            <Box mt={1}>
              <DraftConflictNotice
                latest={editor.draftConflict.latest}
                busy={busy !== undefined}
                onOverwrite={editor.overwriteDraft}
                onLoad={editor.loadLatestDraft}
              />
            </Box>
          )}
          {editor.merge && (
            <Box mt={1}>
              <Alert severity="info">
                {editor.merge.overlaps.size > 0
                  ? t('assessmentEditor.mergedWithOverlaps', {
                      revision: mergedRevision,
                    })
                  : t('assessmentEditor.merged', { revision: mergedRevision })}
              </Alert>
            </Box>
          )}
          {editor.status && (
            <Box mt={1}>
              <Alert severity="success">{statusText(editor.status, t)}</Alert>
            </Box>
          )}
          {editor.error && (
            <Box mt={1}>
              <ResponseErrorPanel error={editor.error} />
            </Box>
          )}
          {editor.shownIssues.length > 0 && (
            <Box mt={1}>
              <IssueSummary issues={editor.shownIssues} model={model} />
            </Box>
          )}
        </Box>
        <DialogContent dividers>
          {model.dimensions.map(dimension => (
            <Box
              key={dimension.id}
              component="section"
              aria-label={dimension.name}
              mb={3}
            >
              <Typography variant="h6">{dimension.name}</Typography>
              {dimension.description && (
                <Typography variant="body2" color="textSecondary">
                  {dimension.description}
                </Typography>
              )}
              {model.questions
                .filter(q => q.dimensionId === dimension.id)
                .map((question, i) => {
                  const id = question.id;
                  return (
                    <Fragment key={id}>
                      {i > 0 && <Divider />}
                      <QuestionField
                        question={question}
                        answer={answers[id]}
                        messages={editor.shownByQuestion.byQuestion[id]}
                        liveMessages={editor.liveByQuestion.byQuestion[id]}
                        mergeWarning={mergeWarning(id)}
                        signal={signalOf.get(id)}
                        onEdit={editor.edit}
                      />
                    </Fragment>
                  );
                })}
            </Box>
          ))}
        </DialogContent>
        <DialogActions>
          {editor.hasDraft && (
            <Button onClick={editor.discardDraft} disabled={busy !== undefined}>
              {t('assessmentEditor.discardDraft')}
            </Button>
          )}
          <Box flex={1} />
          <Button onClick={requestClose} disabled={busy !== undefined}>
            {t('assessmentEditor.close')}
          </Button>
          <Button
            variant="outlined"
            color="primary"
            onClick={editor.saveDraft}
            disabled={busy !== undefined}
          >
            {t('assessmentEditor.saveDraft')}
          </Button>
          <Button
            variant="contained"
            color="primary"
            onClick={editor.submit}
            disabled={busy !== undefined || editor.conflict !== undefined}
          >
            {t('assessmentEditor.submit')}
          </Button>
        </DialogActions>
      </Dialog>
      <DiscardChangesDialog
        open={leaving !== undefined}
        changedQuestionTitles={editor.unsavedQuestionIds.map(id =>
          questionTitle(model, id),
        )}
        hasDraft={editor.hasDraft}
        onKeepEditing={() => setLeaving(undefined)}
        onDiscard={discardAndClose}
      />
    </>
  );
}
