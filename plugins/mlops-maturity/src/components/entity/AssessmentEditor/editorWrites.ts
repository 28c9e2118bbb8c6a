import {
  AnswerIssue,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Busy, EditorContext, RunWrite } from './editorState';
import { startingPoint } from './startingPoint';
import { isConflict, validationIssues } from './writeErrors';

/**
 * How the editor runs a write: busy meanwhile, and on failure the conflict
 * (of the draft or of the assessment), the issues or the error shown.
 */
export function writeRunner(ctx: EditorContext): RunWrite {
  const { api, options, state } = ctx;
  const { entityRef } = options;
  const handleWriteError = async (e: unknown, kind: Busy) => {
    if (isConflict(e) && (kind === 'save' || kind === 'discard')) {
      const latest = await api.getDraft(entityRef).catch(() => undefined);
      state.setDraftConflict({ latest });
      return;
    }
    if (isConflict(e)) {
      const latest = await api.getAssessment(entityRef).catch(() => undefined);
      state.setConflict({ latest });
      options.onCurrentChange?.(latest);
      return;
    }
    const issues = validationIssues(e);
    if (issues) state.setServerIssues(issues);
    else state.setError(e as Error);
  };

  return async (kind, action) => {
    state.setBusy(kind);
    state.setError(undefined);
    state.setStatus(undefined);
    try {
      await action();
    } catch (e) {
      await handleWriteError(e, kind);
    } finally {
      state.setBusy(undefined);
    }
  };
}

/** The editor's writes: save the draft, submit, discard the draft. */
export function draftWrites(
  ctx: EditorContext,
  run: RunWrite,
  liveIssues: AnswerIssue[],
) {
  const { api, options, state } = ctx;
  const { entityRef, model, current } = options;
  const { answers, base, draftVersion } = state;

  /** Saves the answers as the draft, replacing version `over` (the one they build on, by default). */
  const saveDraftOver = async (over: number | null) => {
    state.setAttempt('save');
    state.setServerIssues([]);
    if (liveIssues.length > 0) return;
    await run('save', async () => {
      const saved = await api.saveDraft(entityRef, {
        draftVersion: over,
        baseRevision: base.revision,
        answers,
      });
      state.setDraftVersion(saved.version);
      state.setStoredAnswers(answers);
      state.setDraftConflict(undefined);
      state.setStatus({ kind: 'draftSaved' });
      options.onDraftChange(saved);
    });
  };
  const saveDraft = () => saveDraftOver(draftVersion);

  const submit = async () => {
    state.setAttempt('submit');
    state.setServerIssues([]);
    if (validateAnswers(model, answers, { requireComplete: true }).length > 0) {
      return;
    }
    await run('submit', async () => {
      const saved = await api.submitAssessment(entityRef, {
        baseRevision: base.revision,
        answers,
        ...(draftVersion !== null && { draftVersion }),
      });
      state.setStoredAnswers(answers);
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
      state.setAnswers(fresh.answers);
      state.setStoredAnswers(fresh.answers);
      state.setBase({
        revision: fresh.baseRevision,
        answers: fresh.baseAnswers,
      });
      state.setDraftVersion(null);
      state.setDraftConflict(undefined);
      state.setAttempt(undefined);
      state.setMerge(undefined);
      state.setStatus({ kind: 'draftDiscarded' });
      options.onDraftChange(undefined);
    });
  };

  return { saveDraftOver, saveDraft, submit, discardDraft };
}
