import { useApi } from '@backstage/core-plugin-api';
import { AssessmentAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useCallback } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { conflictActions } from './conflictActions';
import { AssessmentEditorOptions, useEditorState } from './editorState';
import { draftWrites, writeRunner } from './editorWrites';
import { withoutIssuesOf } from './questionIssues';
import { useEditorIssues } from './useEditorIssues';

export type {
  AssessmentEditorOptions,
  EditorStatus,
  MergeOutcome,
} from './editorState';

/**
 * The state and actions of the assessment editor: answers, live result,
 * issues to show, save draft / submit / discard, and conflict handling.
 */
export function useAssessmentEditor(options: AssessmentEditorOptions) {
  const { model } = options;
  const api = useApi(mlopsMaturityApiRef);
  const state = useEditorState(model, options.current, options.draft);
  const { setAnswers, setStatus, setServerIssues } = state;
  const derived = useEditorIssues(model, state);

  const edit = useCallback(
    (
      questionId: string,
      change: (answers: AssessmentAnswers) => AssessmentAnswers,
    ) => {
      setAnswers(change);
      setStatus(undefined);
      // A server issue about this question may no longer hold.
      setServerIssues(issues => withoutIssuesOf(issues, questionId));
    },
    [setAnswers, setStatus, setServerIssues],
  );

  const ctx = { api, options, state };
  const run = writeRunner(ctx);
  const writes = draftWrites(ctx, run, derived.liveIssues);
  const conflicts = conflictActions(ctx, run, writes.saveDraftOver);

  return {
    start: state.start,
    answers: state.answers,
    /** Questions whose answers closing the editor would lose. */
    unsavedQuestionIds: derived.unsaved,
    baseRevision: state.base.revision,
    edit,
    result: derived.result,
    hasDraft: state.draftVersion !== null,
    draftConflict: state.draftConflict,
    overwriteDraft: conflicts.overwriteDraft,
    loadLatestDraft: conflicts.loadLatestDraft,
    shownIssues: derived.shownIssues,
    shownByQuestion: derived.shownByQuestion,
    liveByQuestion: derived.liveByQuestion,
    conflict: state.conflict,
    merge: state.merge,
    status: state.status,
    error: state.error,
    busy: state.busy,
    saveDraft: writes.saveDraft,
    submit: writes.submit,
    discardDraft: writes.discardDraft,
    mergeOntoLatest: conflicts.mergeOntoLatest,
    reloadLatest: conflicts.reloadLatest,
  };
}

/** The state and actions {@link useAssessmentEditor} returns. */
export type AssessmentEditorState = ReturnType<typeof useAssessmentEditor>;
