import {
  AssessmentAnswers,
  AssessmentDraft,
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { answersForModel } from './answerEdits';

/** Where an edit starts: the answers, and the revision they build on. */
export interface StartingPoint {
  source: 'draft' | 'current' | 'empty';
  answers: AssessmentAnswers;
  baseRevision: number | null;
  /** Answers of `baseRevision`, when known without a fetch. */
  baseAnswers: AssessmentAnswers | undefined;
  /** Questions of an older model version that the active model lacks. */
  droppedQuestionIds: string[];
}

/**
 * An edit starts from the saved draft when there is one (it carries its own
 * base revision), otherwise from the current assessment, otherwise empty.
 */
export function startingPoint(
  model: MaturityModel,
  current: CurrentAssessment | undefined,
  draft: AssessmentDraft | undefined,
): StartingPoint {
  if (draft) {
    let baseAnswers: AssessmentAnswers | undefined;
    if (draft.baseRevision === null) baseAnswers = {};
    else if (current?.revision === draft.baseRevision) {
      baseAnswers = current.answers;
    }
    return {
      source: 'draft',
      ...answersForModel(model, draft.answers),
      baseRevision: draft.baseRevision,
      baseAnswers,
    };
  }
  if (current) {
    return {
      source: 'current',
      ...answersForModel(model, current.answers),
      baseRevision: current.revision,
      baseAnswers: current.answers,
    };
  }
  return {
    source: 'empty',
    answers: {},
    baseRevision: null,
    baseAnswers: {},
    droppedQuestionIds: [],
  };
}
