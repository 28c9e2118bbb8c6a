import {
  AssessmentAnswer,
  AssessmentAnswers,
  MaturityModel,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { describeAnswer } from '../../../format/describeAnswer';
import { MlopsMaturityTranslation } from '../../../translation';

/** What about an answer changed between two revisions. */
export type AnswerAspect = 'answer' | 'note' | 'evidence';

/** One question whose answer differs between two revisions. */
export interface AnswerChange {
  questionId: string;
  title: string;
  dimensionName: string;
  before: string;
  after: string;
  aspects: AnswerAspect[];
}

/** One side of a comparison: a revision's answers and its model. */
export interface AnswersWithModel {
  answers: AssessmentAnswers;
  model: MaturityModel;
}

function choice(answer: AssessmentAnswer | undefined): string {
  if (!answer) return '';
  return isNotApplicable(answer)
    ? `na:${answer.reason}`
    : `level:${answer.level}`;
}

function evidence(answer: AssessmentAnswer | undefined): string {
  return JSON.stringify(
    (answer?.evidence ?? []).map(link => [link.title, link.url]),
  );
}

/**
 * The questions whose answer, note or evidence differ between two revisions,
 * in the newer model's question order (questions only the older model has
 * come last). Each side is described with its own model's descriptors, in
 * the wording of `t` (see {@link describeAnswer}).
 */
export function diffRevisionAnswers(
  before: AnswersWithModel,
  after: AnswersWithModel,
  t: MlopsMaturityTranslation,
): AnswerChange[] {
  const questions = new Map<
    string,
    { before?: MaturityQuestion; after?: MaturityQuestion }
  >();
  for (const q of after.model.questions) questions.set(q.id, { after: q });
  for (const q of before.model.questions) {
    questions.set(q.id, { ...questions.get(q.id), before: q });
  }
  const dimensionName = (id: string) =>
    after.model.dimensions.find(d => d.id === id)?.name ??
    before.model.dimensions.find(d => d.id === id)?.name ??
    id;

  const changes: AnswerChange[] = [];
  for (const [questionId, question] of questions) {
    const old = before.answers[questionId];
    const now = after.answers[questionId];
    const aspects: AnswerAspect[] = [];
    if (choice(old) !== choice(now)) aspects.push('answer');
    if ((old?.note ?? '') !== (now?.note ?? '')) aspects.push('note');
    if (evidence(old) !== evidence(now)) aspects.push('evidence');
    if (aspects.length === 0) continue;
    const definition = (question.after ?? question.before)!;
    changes.push({
      questionId,
      title: definition.title,
      dimensionName: dimensionName(definition.dimensionId),
      before: describeAnswer(old, question.before, t),
      after: describeAnswer(now, question.after, t),
      aspects,
    });
  }
  return changes;
}
