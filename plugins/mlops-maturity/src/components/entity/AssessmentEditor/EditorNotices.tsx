import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';
import { ConflictNotice } from './ConflictNotice';
import { DraftConflictNotice } from './DraftConflictNotice';
import { IssueSummary } from './IssueSummary';
import { LivePreview } from './LivePreview';
import { StartNotice } from './StartNotice';
import { AssessmentEditorState, EditorStatus } from './useAssessmentEditor';
import { LoadError } from '../../shared/LoadError';

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
 * The head of the editor: where it started, the live result, then the
 * conflicts, the merge, the last write's outcome and the issues to fix.
 */
export function EditorNotices(props: {
  editor: AssessmentEditorState;
  model: MaturityModel;
}) {
  const { editor, model } = props;
  const { busy } = editor;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const mergedRevision = String(editor.merge?.revision ?? '–');
  return (
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
          <LoadError error={editor.error} />
        </Box>
      )}
      {editor.shownIssues.length > 0 && (
        <Box mt={1}>
          <IssueSummary issues={editor.shownIssues} model={model} />
        </Box>
      )}
    </Box>
  );
}
