import {
  AssessmentAnswers,
  CurrentAssessment,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { answersForModel } from './answerEdits';
import { EditorContext, RunWrite } from './editorState';
import { mergeOntoLatest } from './mergeAnswers';
import { startingPoint } from './startingPoint';

/**
 * The ways out of a conflict: of the assessment (merge onto the latest
 * revision, or reload it) and of the draft (overwrite it, or load it).
 */
export function conflictActions(
  ctx: EditorContext,
  run: RunWrite,
  saveDraftOver: (over: number | null) => Promise<void>,
) {
  const { api, options, state } = ctx;
  const { entityRef, model, current } = options;
  const { answers, base, conflict, draftConflict } = state;

  const adoptLatest = (
    latest: CurrentAssessment | undefined,
    next: AssessmentAnswers,
  ) => {
    state.setAnswers(answersForModel(model, next).answers);
    state.setBase({
      revision: latest?.revision ?? null,
      answers: latest?.answers ?? {},
    });
    state.setConflict(undefined);
    state.setServerIssues([]);
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
      state.setMerge({ revision: latest?.revision ?? null, overlaps });
    });
  };

  /** Keeps the typed answers and saves them over the draft saved meanwhile. */
  const overwriteDraft = () =>
    saveDraftOver(draftConflict?.latest?.version ?? null);

  /** Drops the typed answers for the draft saved meanwhile (or the current assessment, if it is gone). */
  const loadLatestDraft = () => {
    const latest = draftConflict?.latest;
    const fresh = startingPoint(model, current, latest);
    state.setAnswers(fresh.answers);
    state.setStoredAnswers(fresh.answers);
    state.setBase({ revision: fresh.baseRevision, answers: fresh.baseAnswers });
    state.setDraftVersion(latest?.version ?? null);
    state.setDraftConflict(undefined);
    state.setServerIssues([]);
    state.setStatus(
      latest
        ? { kind: 'loadedTheirDraft', author: latest.author }
        : { kind: 'loadedLatestAssessment' },
    );
    options.onDraftChange(latest);
  };

  const reloadLatest = () => {
    const latest = conflict?.latest;
    adoptLatest(latest, latest?.answers ?? {});
    state.setStoredAnswers(
      answersForModel(model, latest?.answers ?? {}).answers,
    );
    state.setMerge(undefined);
    state.setStatus(
      latest
        ? { kind: 'loadedRevision', revision: latest.revision }
        : { kind: 'loadedLatestState' },
    );
  };

  return {
    mergeOntoLatest: mergeOntoLatestRevision,
    overwriteDraft,
    loadLatestDraft,
    reloadLatest,
  };
}
