import { EvidenceSignal } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Dialog from '@material-ui/core/Dialog';
import DialogTitle from '@material-ui/core/DialogTitle';
import { useState } from 'react';
import { questionTitle } from '../../../format/modelNames';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { EditorActions } from './EditorActions';
import { EditorNotices } from './EditorNotices';
import { EditorQuestions } from './EditorQuestions';
import {
  AssessmentEditorOptions,
  useAssessmentEditor,
} from './useAssessmentEditor';
import { useLeaveGuard } from './useLeaveGuard';

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
  const editor = useAssessmentEditor(props);
  const unsaved = editor.unsavedQuestionIds.length > 0;
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
        <EditorNotices editor={editor} model={model} />
        <EditorQuestions editor={editor} model={model} signals={signals} />
        <EditorActions editor={editor} onClose={requestClose} />
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
