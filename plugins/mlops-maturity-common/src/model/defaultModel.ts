import { defaultLevels } from './defaultLevels';
import { defaultDimensions, defaultQuestions } from './defaultQuestions';
import { defaultRoadmaps } from './defaultRoadmaps';
import { MaturityModel } from './types';

/**
 * The built-in maturity model: five levels, the 15-question weighted
 * questionnaire and the per-transition roadmaps of the MLOps maturity
 * reference. Bump `version` whenever any of its content changes.
 *
 * @public
 */
export const defaultMaturityModel: MaturityModel = {
  id: 'mlops-maturity',
  version: '1.0.0',
  name: 'MLOps Maturity Model',
  description:
    'Five levels from Manual to Full MLOps, assessed with 15 questions in four weighted dimensions.',
  levels: defaultLevels,
  dimensions: defaultDimensions,
  questions: defaultQuestions,
  roadmaps: defaultRoadmaps,
};
