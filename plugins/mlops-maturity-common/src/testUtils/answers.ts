// The types by the package's name: this entry point refers to the main one
// rather than declaring them a second time.
import type {
  AssessmentAnswers,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { defaultMaturityModel } from '../model/defaultModel';

/**
 * Answers with the given levels per dimension id, in question order; `'na'`
 * marks a question not applicable. Dimensions left out stay unanswered.
 *
 * @public
 */
export function answersByDimension(
  levels: Record<string, Array<number | 'na'>>,
  model: MaturityModel = defaultMaturityModel,
): AssessmentAnswers {
  const answers: AssessmentAnswers = {};
  for (const dimension of model.dimensions) {
    const questions = model.questions.filter(
      q => q.dimensionId === dimension.id,
    );
    (levels[dimension.id] ?? []).forEach((level, i) => {
      answers[questions[i].id] =
        level === 'na'
          ? { notApplicable: true, reason: 'Not relevant for this service' }
          : { level: level as MaturityLevelNumber };
    });
  }
  return answers;
}

/**
 * The same level for every question of the model.
 *
 * @public
 */
export function uniformAnswers(
  level: MaturityLevelNumber,
  model: MaturityModel = defaultMaturityModel,
): AssessmentAnswers {
  return Object.fromEntries(model.questions.map(q => [q.id, { level }]));
}
