import { MaturityLevelNumber, MaturityModel } from '../model/types';
import { AssessmentAnswers, isNotApplicable } from '../answers/types';
import { Fraction } from './Fraction';

/**
 * The result for one dimension.
 *
 * @public
 */
export interface DimensionResult {
  dimensionId: string;
  name: string;
  weight: number;
  /** Mean level of the applicable answers; null when there are none. */
  average: number | null;
  /** The level band the average falls in; null when there is no average. */
  level: MaturityLevelNumber | null;
  questionCount: number;
  answeredCount: number;
  applicableCount: number;
}

/**
 * How one question was answered.
 *
 * @public
 */
export interface QuestionResult {
  questionId: string;
  dimensionId: string;
  answered: boolean;
  notApplicable: boolean;
  level: MaturityLevelNumber | null;
}

/**
 * The computed outcome of a set of answers.
 *
 * @public
 */
export interface MaturityResult {
  modelId: string;
  modelVersion: string;
  /**
   * True when every question has an answer (a level or N/A) and every
   * dimension has at least one applicable answer. Otherwise the score, level
   * and gated level are provisional: computed over the dimensions that have
   * applicable answers, with their weights rescaled to sum to 1.
   */
  official: boolean;
  /** Weighted score in [0, 4]; null when nothing applicable is answered. */
  score: number | null;
  /** The headline level, banded from the exact (unrounded) score. */
  level: MaturityLevelNumber | null;
  /**
   * The highest level L such that every dimension average is at least L: a
   * stricter reading of our own that the source does not use. It never
   * replaces `level`, the source's level.
   */
  gatedLevel: MaturityLevelNumber | null;
  /**
   * The dimension with the lowest average: a fact, not what to do first (the
   * next-level roadmap's phase order says that; the source's worked example
   * names deployment its main gap although monitoring averages lowest). Null
   * when there is no score, or when every scored dimension has the same
   * average (they are level: none is weaker).
   */
  weakestDimensionId: string | null;
  completeness: {
    answered: number;
    total: number;
    missingQuestionIds: string[];
    dimensionsWithoutApplicableAnswers: string[];
  };
  dimensions: DimensionResult[];
  questions: QuestionResult[];
}

const HALF = Fraction.of(1, 2);

/**
 * The level band of a score or average: [0,0.5) is 0, [0.5,1.5) is 1, ...,
 * [3.5,4] is 4; a value exactly on a boundary belongs to the higher level.
 */
function band(value: Fraction): MaturityLevelNumber {
  return clampLevel(value.add(HALF).floor());
}

function clampLevel(n: number): MaturityLevelNumber {
  return Math.max(0, Math.min(4, n)) as MaturityLevelNumber;
}

/**
 * Scores answers against a model: weighted score, level, per-dimension
 * averages, gated level, weakest dimension and completeness. Answers to
 * questions the model does not have are ignored; validate first with
 * `validateAnswers`.
 *
 * @public
 */
export function computeScore(
  model: MaturityModel,
  answers: AssessmentAnswers,
): MaturityResult {
  const questions: QuestionResult[] = model.questions.map(q => {
    const answer = answers[q.id];
    const notApplicable = answer !== undefined && isNotApplicable(answer);
    return {
      questionId: q.id,
      dimensionId: q.dimensionId,
      answered: answer !== undefined,
      notApplicable,
      level:
        answer !== undefined && !isNotApplicable(answer) ? answer.level : null,
    };
  });

  const averages = new Map<string, Fraction>();
  const dimensions: DimensionResult[] = model.dimensions.map(d => {
    const own = questions.filter(q => q.dimensionId === d.id);
    const levels = own.flatMap(q => (q.level === null ? [] : [q.level]));
    const average =
      levels.length > 0
        ? Fraction.of(
            levels.reduce<number>((sum, l) => sum + l, 0),
            levels.length,
          )
        : undefined;
    if (average) averages.set(d.id, average);
    return {
      dimensionId: d.id,
      name: d.name,
      weight: d.weight,
      average: average ? average.toNumber() : null,
      level: average ? band(average) : null,
      questionCount: own.length,
      answeredCount: own.filter(q => q.answered).length,
      applicableCount: levels.length,
    };
  });

  const missingQuestionIds = questions
    .filter(q => !q.answered)
    .map(q => q.questionId);
  const dimensionsWithoutApplicableAnswers = model.dimensions
    .filter(d => !averages.has(d.id))
    .map(d => d.id);

  const scored = model.dimensions.filter(d => averages.has(d.id));
  let score: Fraction | undefined;
  let gated: Fraction | undefined;
  let weakest: { id: string; average: Fraction; weight: Fraction } | undefined;
  if (scored.length > 0) {
    const totalWeight = scored.reduce(
      (sum, d) => sum.add(Fraction.fromDecimal(d.weight)),
      Fraction.of(0),
    );
    score = Fraction.of(0);
    for (const d of scored) {
      const average = averages.get(d.id)!;
      const weight = Fraction.fromDecimal(d.weight);
      score = score.add(average.mul(weight).div(totalWeight));
      if (gated === undefined || average.compare(gated) < 0) gated = average;
      // Ties go to the heavier dimension: closing it moves the score most.
      if (
        weakest === undefined ||
        average.compare(weakest.average) < 0 ||
        (average.compare(weakest.average) === 0 &&
          weight.compare(weakest.weight) > 0)
      ) {
        weakest = { id: d.id, average, weight };
      }
    }
    const lowest = weakest!.average;
    if (scored.every(d => averages.get(d.id)!.compare(lowest) === 0)) {
      weakest = undefined;
    }
  }

  return {
    modelId: model.id,
    modelVersion: model.version,
    official:
      missingQuestionIds.length === 0 &&
      dimensionsWithoutApplicableAnswers.length === 0,
    score: score ? score.toNumber() : null,
    level: score ? band(score) : null,
    gatedLevel: gated ? clampLevel(gated.floor()) : null,
    weakestDimensionId: weakest?.id ?? null,
    completeness: {
      answered: questions.length - missingQuestionIds.length,
      total: questions.length,
      missingQuestionIds,
      dimensionsWithoutApplicableAnswers,
    },
    dimensions,
    questions,
  };
}
