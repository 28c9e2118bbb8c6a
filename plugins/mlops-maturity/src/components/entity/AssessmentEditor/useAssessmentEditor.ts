import { useApi } from '@backstage/core-plugin-api';
import {
  AnswerIssue,
  AssessmentAnswer,
  AssessmentAnswers,
  AssessmentDraft,
  CurrentAssessment,
  MaturityModel,
  computeScore,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useCallback, useMemo, useState } from 'react';
import { mlopsMaturityApiRef } from '../../../api';
import { answersForModel } from './answerEdits';
import { mergeOntoLatest } from './mergeAnswers';
import { groupIssuesByQuestion } from './questionIssues';
import { startingPoint } from './startingPoint';
import { unsavedQuestionIds } from './unsavedAnswers';
import { isConflict, validationIssues } from './writeErrors';

/** Options of {@link useAssessmentEditor}. */
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

type Busy = 'save' | 'submit' | 'discard' | 'merge' | undefined;

/**
 * The state and actions of the assessment editor: answers, live result,
 * issues to show, save draft / submit / discard, and conflict handling.
 */
export function useAssessmentEditor(options: AssessmentEditorOptions) {
  const { entityRef, model, current, draft } = options;
  const api = useApi(mlopsMaturityApiRef);
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
  const hasDraft = draftVersion !== null;
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

  const questionIds = useMemo(() => model.questions.map(q => q.id), [model]);
  const unsaved = useMemo(
    () => unsavedQuestionIds(storedAnswers, answers),
    [storedAnswers, answers],
  );
  const result = useMemo(() => computeScore(model, answers), [model, answers]);
  const liveIssues = useMemo(
    () => validateAnswers(model, answers),
    [model, answers],
  );
  const attemptIssues = useMemo(() => {
    if (attempt === 'submit') {
      return validateAnswers(model, answers, { requireComplete: true });
    }
    return attempt === 'save' ? liveIssues : [];
  }, [attempt, model, answers, liveIssues]);
  const shownIssues = useMemo(
    () => [...attemptIssues, ...serverIssues],
    [attemptIssues, serverIssues],
  );

  // Stable, so that unchanged questions skip re-rendering.
  const shownByQuestion = useMemo(
    () => groupIssuesByQuestion(shownIssues, questionIds),
    [shownIssues, questionIds],
  );
  const liveByQuestion = useMemo(
    () => groupIssuesByQuestion(liveIssues, questionIds),
    [liveIssues, questionIds],
  );

  const edit = useCallback(
    (
      questionId: string,
      change: (answers: AssessmentAnswers) => AssessmentAnswers,
    ) => {
      setAnswers(change);
      setStatus(undefined);
      // A server issue about this question may no longer hold.
      setServerIssues(issues => {
        const kept = issues.filter(
          i =>
            i.questionId !== questionId &&
            !i.field.startsWith(`answers.${questionId}.`) &&
            i.field !== `answers.${questionId}`,
        );
        return kept.length === issues.length ? issues : kept;
      });
    },
    [],
  );

  const handleWriteError = async (e: unknown, kind: Busy) => {
    if (isConflict(e) && (kind === 'save' || kind === 'discard')) {
      const latest = await api.getDraft(entityRef).catch(() => undefined);
      setDraftConflict({ latest });
      return;
    }
    if (isConflict(e)) {
      const latest = await api.getAssessment(entityRef).catch(() => undefined);
      setConflict({ latest });
      options.onCurrentChange?.(latest);
      return;
    }
    const issues = validationIssues(e);
    if (issues) setServerIssues(issues);
    else setError(e as Error);
  };

  const run = async (kind: Busy, action: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    setStatus(undefined);
    try {
      await action();
    } catch (e) {
      await handleWriteError(e, kind);
    } finally {
      setBusy(undefined);
    }
  };

  /** Saves the answers as the draft, replacing version `over` (the one they build on, by default). */
  const saveDraftOver = async (over: number | null) => {
    setAttempt('save');
    setServerIssues([]);
    if (liveIssues.length > 0) return;
    await run('save', async () => {
      const saved = await api.saveDraft(entityRef, {
        draftVersion: over,
        baseRevision: base.revision,
        answers,
      });
      setDraftVersion(saved.version);
      setStoredAnswers(answers);
      setDraftConflict(undefined);
      setStatus({ kind: 'draftSaved' });
      options.onDraftChange(saved);
    });
  };
  const saveDraft = () => saveDraftOver(draftVersion);

  const submit = async () => {
    setAttempt('submit');
    setServerIssues([]);
    if (validateAnswers(model, answers, { requireComplete: true }).length > 0) {
      return;
    }
    await run('submit', async () => {
      const saved = await api.submitAssessment(entityRef, {
        baseRevision: base.revision,
        answers,
        ...(draftVersion !== null && { draftVersion }),
      });
      setStoredAnswers(answers);
      // The server removed the draft this submission was made from, unless a
      // co-owner saved it again meanwhile: then theirs is still there.
      const remaining = await api.getDraft(entityRef).catch(() => undefined);
      options.onDraftChange(remaining);
      options.onSubmitted(saved);
    });
  };

  const discardDraft = async () => {
    await run('discard', async () => {
      await api.deleteDraft(entityRef, { version: draftVersion ?? undefined });
      const fresh = startingPoint(model, current, undefined);
      setAnswers(fresh.answers);
      setStoredAnswers(fresh.answers);
      setBase({ revision: fresh.baseRevision, answers: fresh.baseAnswers });
      setDraftVersion(null);
      setDraftConflict(undefined);
      setAttempt(undefined);
      setMerge(undefined);
      setStatus({ kind: 'draftDiscarded' });
      options.onDraftChange(undefined);
    });
  };

  const adoptLatest = (
    latest: CurrentAssessment | undefined,
    next: AssessmentAnswers,
  ) => {
    setAnswers(answersForModel(model, next).answers);
    setBase({
      revision: latest?.revision ?? null,
      answers: latest?.answers ?? {},
    });
    setConflict(undefined);
    setServerIssues([]);
  };

  const mergeOntoLatestRevision = async () => {
    const latest = conflict?.latest;
    await run('merge', async () => {
      let baseAnswers = base.answers;
      if (!baseAnswers) {
        baseAnswers =
          base.revision === null
            ? {}
            : (await api.getRevision(entityRef, base.revision)).answers;
      }
      const merged = mergeOntoLatest({
        base: baseAnswers,
        mine: answers,
        latest: latest?.answers ?? {},
      });
      adoptLatest(latest, merged.answers);
      const overlaps = new Map(
        merged.conflictingQuestionIds.map(id => [id, latest?.answers[id]]),
      );
      setMerge({ revision: latest?.revision ?? null, overlaps });
    });
  };

  /** Keeps the typed answers and saves them over the draft saved meanwhile. */
  const overwriteDraft = () =>
    saveDraftOver(draftConflict?.latest?.version ?? null);

  /** Drops the typed answers for the draft saved meanwhile (or the current assessment, if it is gone). */
  const loadLatestDraft = () => {
    const latest = draftConflict?.latest;
    const fresh = startingPoint(model, current, latest);
    setAnswers(fresh.answers);
    setStoredAnswers(fresh.answers);
    setBase({ revision: fresh.baseRevision, answers: fresh.baseAnswers });
    setDraftVersion(latest?.version ?? null);
    setDraftConflict(undefined);
    setServerIssues([]);
    setStatus(
      latest
        ? { kind: 'loadedTheirDraft', author: latest.author }
        : { kind: 'loadedLatestAssessment' },
    );
    options.onDraftChange(latest);
  };

  const reloadLatest = () => {
    const latest = conflict?.latest;
    adoptLatest(latest, latest?.answers ?? {});
    setStoredAnswers(answersForModel(model, latest?.answers ?? {}).answers);
    setMerge(undefined);
    setStatus(
      latest
        ? { kind: 'loadedRevision', revision: latest.revision }
        : { kind: 'loadedLatestState' },
    );
  };

  return {
    start,
    answers,
    /** Questions whose answers closing the editor would lose. */
    unsavedQuestionIds: unsaved,
    baseRevision: base.revision,
    edit,
    result,
    hasDraft,
    draftConflict,
    overwriteDraft,
    loadLatestDraft,
    shownIssues,
    shownByQuestion,
    liveByQuestion,
    conflict,
    merge,
    status,
    error,
    busy,
    saveDraft,
    submit,
    discardDraft,
    mergeOntoLatest: mergeOntoLatestRevision,
    reloadLatest,
  };
}
