import { FactSchema } from '@backstage-community/plugin-tech-insights-common';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The id of the fact retriever: the `factIds` entry of checks on its facts
 * and the key of its settings under `techInsights.factRetrievers`.
 *
 * @public
 */
export const MLOPS_MATURITY_FACT_RETRIEVER_ID = 'mlopsMaturityFactRetriever';

/** The facts every ML service gets, whatever the model. */
const HEADLINE_FACTS: FactSchema = {
  assessed: {
    type: 'boolean',
    description:
      'Whether the ML service has a submitted MLOps maturity assessment',
  },
  level: {
    type: 'integer',
    description:
      'MLOps maturity level (0-4) banded from the weighted score; null when not assessed or nothing applicable is answered',
  },
  gatedLevel: {
    type: 'integer',
    description:
      'Highest level L such that every dimension average is at least L (0-4); null when not assessed',
  },
  score: {
    type: 'float',
    description:
      'Weighted MLOps maturity score in [0, 4]; null when not assessed',
  },
  lastAssessedAt: {
    type: 'datetime',
    description:
      'When the current assessment was submitted; null when not assessed',
  },
  daysSinceAssessment: {
    type: 'integer',
    description:
      'Whole days from the current assessment to the time the facts were retrieved; null when not assessed',
  },
  stale: {
    type: 'boolean',
    description:
      'Whether the current assessment is older than mlopsMaturity.staleAfterDays; false when not assessed',
  },
  targetLevel: {
    type: 'integer',
    description:
      'The level of the maturity target (mlopsMaturity.targets) that applies to the ML service; null when none does',
  },
  targetMet: {
    type: 'boolean',
    description:
      'Whether the current level reaches the target; false when not assessed, null when no target applies',
  },
  belowTarget: {
    type: 'boolean',
    description:
      'Whether a target applies and is not met (not assessed, or below its level); false when no target applies',
  },
  evidenceShare: {
    type: 'float',
    description:
      'Share in [0, 1] of the current answers (N/A left out) that evidence backs (a provider signal or an evidence link), as the catalog sync measured it; null when not assessed, nothing is answered or not measured yet',
  },
  evidenceSuggestsHigherCount: {
    type: 'integer',
    description:
      'Answered questions where evidence shows a higher level than answered; null when not assessed or not measured yet',
  },
  verifiedLevel: {
    type: 'integer',
    description:
      'The verified MLOps maturity level (0-4): the level with answers that await review, exemptions not approved or expired, and answers past re-verification counted lower; never above level. Null when not assessed or not computed yet',
  },
  verifiedScore: {
    type: 'float',
    description:
      'The weighted score the verified level comes from, in [0, 4]; null when verifiedLevel is',
  },
  verificationGapCount: {
    type: 'integer',
    description:
      'Answers counted lower than claimed in the verified level; null when verifiedLevel is',
  },
  verifiedBelowTarget: {
    type: 'boolean',
    description:
      'Whether a target applies and the verified level does not reach it (not assessed, no verified level yet, or below the target level); false when no target applies',
  },
};

/**
 * The fact name of a dimension's average: its id in camel case with
 * `Average` appended (`model-development` is `modelDevelopmentAverage`).
 *
 * @public
 */
export function dimensionAverageFactName(dimensionId: string): string {
  const [first, ...rest] = dimensionId.split(/[-._]+/).filter(Boolean);
  return `${first}${rest
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('')}Average`;
}

/**
 * The fact schema of the retriever for a model: the headline facts and one
 * average per dimension of the model. Throws when two dimension ids map to
 * the same fact name.
 *
 * @public
 */
export function mlopsMaturityFactSchema(model: MaturityModel): FactSchema {
  const schema: FactSchema = { ...HEADLINE_FACTS };
  const dimensionOf = new Map<string, string>();
  for (const dimension of model.dimensions) {
    const name = dimensionAverageFactName(dimension.id);
    const clash = dimensionOf.get(name);
    if (clash !== undefined) {
      throw new Error(
        `MLOps maturity dimensions '${clash}' and '${dimension.id}' of model ${model.id}@${model.version} both become the Tech Insights fact '${name}'; rename one of them in mlopsMaturity.model.dimensions`,
      );
    }
    dimensionOf.set(name, dimension.id);
    schema[name] = {
      type: 'float',
      description: `Average answer level (0-4) of the applicable questions of the ${dimension.name} dimension; null when not assessed or none is applicable`,
      metadata: { dimensionId: dimension.id },
    };
  }
  return schema;
}
