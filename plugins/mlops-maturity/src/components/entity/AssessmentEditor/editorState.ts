import {
  AnswerIssue,
  AssessmentAnswer,
  AssessmentDraft,
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useState } from 'react';
import { MlopsMaturityApi } from '../../../api';
import { startingPoint } from './startingPoint';

/** Options of the assessment editor's hook. */
export interface AssessmentEditorOptions {
  entityRef: string;
  /** The active model: submissions are scored against it. */
  model: MaturityModel;
  current?: CurrentAssessment;
  draft?: AssessmentDraft;
  onSubmitted: (assessment: CurrentAssessment) => void;
  onDraftChange: (draft: AssessmentDraft | undefined) => void;
  /** Called when a conflict revealed a newer current assessment. */
  onCurrentChange?: (assessment: CurrentAssessment | undefined) => void;
}

/** A merge that kept the user's answer where the latest revision also changed. */
export interface MergeOutcome {
  revision: number | null;
  /** Question id → what the latest revision answered (undefined: nothing). */
  overlaps: Map<string, AssessmentAnswer | undefined>;
}

/**
 * What the editor last did, for the success message. The hook keeps the
 * event, not its wording: the editor words it when it renders.
 */
export type EditorStatus =
  | { kind: 'draftSaved' }
  | { kind: 'draftDiscarded' }
  | { kind: 'loadedTheirDraft'; author: string }
  | { kind: 'loadedLatestAssessment' }
  | { kind: 'loadedRevision'; revision: number }
  | { kind: 'loadedLatestState' };

export type Busy = 'save' | 'submit' | 'discard' | 'merge' | undefined;

/**
 * The assessment editor's state, each part with its setter: the answers,
 * what they build on, and what the last write did.
 */
export function useEditorState(
  model: MaturityModel,
  current: CurrentAssessment | undefined,
  draft: AssessmentDraft | undefined,
) {
  const [start] = useState(() => startingPoint(model, current, draft));
  const [answers, setAnswers] = useState(start.answers);
  // What closing the editor keeps: the answers it opened with, then each
  // draft saved (or loaded) since.
  const [storedAnswers, setStoredAnswers] = useState(start.answers);
  const [base, setBase] = useState({
    revision: start.baseRevision,
    answers: start.baseAnswers,
  });
  // The draft version this editor's answers build on (null: no draft yet).
  const [draftVersion, setDraftVersion] = useState<number | null>(
    draft?.version ?? null,
  );
  const [draftConflict, setDraftConflict] = useState<{
    latest?: AssessmentDraft;
  }>();
  const [attempt, setAttempt] = useState<'save' | 'submit'>();
  const [serverIssues, setServerIssues] = useState<AnswerIssue[]>([]);
  const [conflict, setConflict] = useState<{ latest?: CurrentAssessment }>();
  const [merge, setMerge] = useState<MergeOutcome>();
  const [status, setStatus] = useState<EditorStatus>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState<Busy>();
  return {
    start,
    answers,
    setAnswers,
    storedAnswers,
    setStoredAnswers,
    base,
    setBase,
    draftVersion,
    setDraftVersion,
    draftConflict,
    setDraftConflict,
    attempt,
    setAttempt,
    serverIssues,
    setServerIssues,
    conflict,
    setConflict,
    merge,
    setMerge,
    status,
    setStatus,
    error,
    setError,
    busy,
    setBusy,
  };
}

export type EditorState = ReturnType<typeof useEditorState>;

/** What the editor's actions work with. */
export interface EditorContext {
  api: MlopsMaturityApi;
  options: AssessmentEditorOptions;
  state: EditorState;
}

/** Runs a write, marking the editor busy and handling its failure. */
export type RunWrite = (
  kind: Busy,
  action: () => Promise<void>,
) => Promise<void>;
