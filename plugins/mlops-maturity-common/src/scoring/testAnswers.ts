import { defaultMaturityModel } from '../model/defaultModel';
import { AssessmentAnswers } from './answers';

/**
 * Builds answers for the default model from level lists per dimension, in
 * question order; `'na'` marks a question not applicable. Test-only helper.
 */
export function answersByDimension(
  levels: Record<string, Array<number | 'na'>>,
): AssessmentAnswers {
  const answers: AssessmentAnswers = {};
  for (const dimension of defaultMaturityModel.dimensions) {
    const questions = defaultMaturityModel.questions.filter(
      q => q.dimensionId === dimension.id,
    );
    (levels[dimension.id] ?? []).forEach((level, i) => {
      answers[questions[i].id] =
        level === 'na'
          ? { notApplicable: true, reason: 'Not relevant for this service' }
          : { level: level as 0 | 1 | 2 | 3 | 4 };
    });
  }
  return answers;
}

/** The same level for every question of the default model. */
export function uniformAnswers(level: 0 | 1 | 2 | 3 | 4): AssessmentAnswers {
  return Object.fromEntries(
    defaultMaturityModel.questions.map(q => [q.id, { level }]),
  );
}
