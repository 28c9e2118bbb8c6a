import { defaultLevels } from './defaultLevels';
import { defaultDimensions, defaultQuestions } from './defaultQuestions';
import { defaultRoadmaps } from './defaultRoadmaps';
import { MaturityModel, MaturityModelSource } from './types';

// Source: MLOps maturity reference, "Sources" (the official documentation and
// web research it cites).
const defaultSources: MaturityModelSource[] = [
  {
    title: 'Microsoft MLOps Maturity Model',
    url: 'https://learn.microsoft.com/en-us/azure/architecture/ai-ml/guide/mlops-maturity-model',
    note: 'Azure MLOps maturity framework (accessed 2025-11-16)',
  },
  {
    title: 'Google MLOps: Continuous delivery and automation',
    url: 'https://cloud.google.com/architecture/mlops-continuous-delivery-and-automation-pipelines-in-machine-learning',
    note: 'Google Cloud MLOps levels (accessed 2025-11-16)',
  },
  {
    title: 'ml-ops.org: MLOps and Model Governance',
    url: 'https://ml-ops.org/content/model-governance',
    note: 'Integration of MLOps and governance frameworks (accessed 2025-11-16)',
  },
  {
    title: 'Medium: MLOps maturity levels',
    url: 'https://medium.com/@NickHystax/mlops-maturity-levels-the-most-well-known-models-5b1de94ea285',
    note: 'Comparison of major maturity models (accessed 2025-11-16)',
  },
  {
    title: 'Effective MLOps: Maturity Model',
    url: 'https://ml-architects.ch/blog_posts/mlops_maturity_model.html',
    note: 'ML Architects Basel maturity framework (accessed 2025-11-16)',
  },
];

/**
 * The built-in maturity model: five levels with their pain points and
 * improvements, the 15-question weighted questionnaire, the per-transition
 * roadmaps and the accelerated path of the MLOps maturity reference, and the
 * sources it credits. Bump `version` whenever any of its content changes:
 * the backend refuses to start when a stored version's content differs.
 *
 * @public
 */
export const defaultMaturityModel: MaturityModel = {
  id: 'mlops-maturity',
  // 1.1.0: level pain points and improvements, the accelerated path, sources.
  // 1.2.0: the levels and roadmaps in the reference's words (roles, model
  // release, examples, quotes, full stacks), dimension tags reviewed, our notes.
  version: '1.2.0',
  name: 'MLOps Maturity Model',
  description:
    'Five levels from Manual to Full MLOps, assessed with 15 questions in four weighted dimensions.',
  levels: defaultLevels,
  dimensions: defaultDimensions,
  questions: defaultQuestions,
  roadmaps: defaultRoadmaps,
  sources: defaultSources,
};
