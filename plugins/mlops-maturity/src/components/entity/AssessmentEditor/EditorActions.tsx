import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AssessmentEditorState } from './useAssessmentEditor';

/** Discard the draft, close, save the draft, submit. */
export function EditorActions(props: {
  editor: AssessmentEditorState;
  onClose: () => void;
}) {
  const { editor } = props;
  const { busy } = editor;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <DialogActions>
      {editor.hasDraft && (
        <Button onClick={editor.discardDraft} disabled={busy !== undefined}>
          {t('assessmentEditor.discardDraft')}
        </Button>
      )}
      <Box flex={1} />
      <Button onClick={props.onClose} disabled={busy !== undefined}>
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
  );
}
