import {
  AssessmentAnswer,
  AssessmentRevision,
  isNotApplicable,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ModelNames } from './modelNames';

/** A revision in a history: when, by whom, and its score and levels. */
export function revisionSummaryView(
  names: ModelNames,
  revision: AssessmentRevision,
) {
  return {
    revision: revision.revision,
    assessedAt: revision.createdAt,
    assessedBy: revision.author,
    score: revision.result.score,
    level: revision.result.level,
    levelName: names.levelName(revision.result.level),
    gatedLevel: revision.result.gatedLevel,
  };
}

/** What changed from one revision to another: answers and dimension averages. */
export function comparisonView(
  model: MaturityModel,
  names: ModelNames,
  from: AssessmentRevision,
  to: AssessmentRevision,
) {
  return {
    scoreChange: difference(from.result.score, to.result.score),
    levelChange: difference(from.result.level, to.result.level),
    changedAnswers: changedAnswers(model, names, from, to),
    dimensions: dimensionChanges(names, from, to),
  };
}

function answerView(answer: AssessmentAnswer | undefined) {
  if (answer === undefined) return { level: null, notApplicable: false };
  if (isNotApplicable(answer)) return { level: null, notApplicable: true };
  return { level: answer.level, notApplicable: false };
}

/** The answers that differ, in the model's question order, then any the model no longer has. */
function changedAnswers(
  model: MaturityModel,
  names: ModelNames,
  from: AssessmentRevision,
  to: AssessmentRevision,
) {
  const ids = unique([
    ...model.questions.map(q => q.id),
    ...Object.keys(from.answers),
    ...Object.keys(to.answers),
  ]);
  return ids.flatMap(id => {
    const before = answerView(from.answers[id]);
    const after = answerView(to.answers[id]);
    if (
      before.level === after.level &&
      before.notApplicable === after.notApplicable
    ) {
      return [];
    }
    return [
      {
        questionId: id,
        title: names.questionTitle(id),
        from: before,
        to: after,
      },
    ];
  });
}

/** Each dimension of either revision, with its average in both and the change. */
function dimensionChanges(
  names: ModelNames,
  from: AssessmentRevision,
  to: AssessmentRevision,
) {
  const averageIn = (revision: AssessmentRevision, id: string) =>
    revision.result.dimensions.find(d => d.dimensionId === id)?.average ?? null;
  const dimensionIds = unique([
    ...from.result.dimensions.map(d => d.dimensionId),
    ...to.result.dimensions.map(d => d.dimensionId),
  ]);
  return dimensionIds.map(id => ({
    id,
    name: names.dimensionName(id),
    from: averageIn(from, id),
    to: averageIn(to, id),
    change: difference(averageIn(from, id), averageIn(to, id)),
  }));
}

function unique(ids: string[]): string[] {
  return ids.filter((id, i, all) => all.indexOf(id) === i);
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}
