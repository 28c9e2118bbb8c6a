import {
  AssessmentRevision,
  EvidenceBacking,
  MaturityModel,
  MaturityResult,
  MaturityTarget,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { evidenceView } from './views/evidenceView';
import { modelNames } from './views/modelNames';
import { modelView } from './views/modelView';
import { nextStepsView, resultView, targetView } from './views/resultViews';
import { comparisonView, revisionSummaryView } from './views/revisionViews';
import { scorecardRowView, verifiedView } from './views/scorecardRowView';

/**
 * The shapes the actions answer with: what the API returns, flattened and
 * named for a reader that has not seen the plugin's UI (level names beside
 * level numbers, question titles beside question ids). Each view is in
 * views/; this binds them to one model.
 */
export function maturityViews(model: MaturityModel) {
  const names = modelNames(model);
  return {
    levelName: names.levelName,
    model: () => modelView(model),
    result: (result: MaturityResult) => resultView(names, result),
    nextSteps: (result: MaturityResult) => nextStepsView(model, names, result),
    /** A target, whether the result meets it and the plan that would. */
    target: (target: MaturityTarget, result: MaturityResult | null) =>
      targetView(model, names, target, result),
    scorecardRow: (row: ScorecardRow) => scorecardRowView(names, row),
    /** A scorecard row's verified level; null until computed. */
    verified: (row: ScorecardRow | undefined) => verifiedView(names, row),
    /** How the current answers stand against the evidence, and what it suggests. */
    evidence: (backing: EvidenceBacking) => evidenceView(names, backing),
    revisionSummary: (revision: AssessmentRevision) =>
      revisionSummaryView(names, revision),
    /** What changed from one revision to another: answers and dimension averages. */
    comparison: (from: AssessmentRevision, to: AssessmentRevision) =>
      comparisonView(model, names, from, to),
  };
}
