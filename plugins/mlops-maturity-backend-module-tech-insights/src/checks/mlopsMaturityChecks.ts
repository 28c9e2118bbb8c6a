import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from '../factRetriever/factSchema';

/**
 * One condition of a json-rules-engine check: the fact compared with the
 * operator to the value.
 *
 * @public
 */
export interface MlopsMaturityCheckCondition {
  /** A fact name of the retriever's schema, e.g. `level`. */
  fact: string;
  /** The json-rules-engine operator; the checks here use these three. */
  operator: 'equal' | 'lessThanInclusive' | 'greaterThanInclusive';
  /** The value the fact is compared with. */
  value: boolean | number;
}

/**
 * A check in the shape `techInsights.factChecker.checks.<id>` takes in
 * app-config for the json-rules-engine fact checker, with the metadata the
 * Tech Insights maturity frontend ranks by.
 *
 * @public
 */
export interface MlopsMaturityCheck {
  /** The fact checker that runs the check: jsonfc's json-rules-engine. */
  type: 'json-rules-engine';
  /** The title the Tech Insights views show. */
  name: string;
  /** What passing the check means. */
  description: string;
  /** The fact retrievers whose facts the rule reads. */
  factIds: string[];
  /** Passes when every condition holds. */
  rule: { conditions: { all: MlopsMaturityCheckCondition[] } };
  /** What the Tech Insights maturity views rank and group checks by. */
  metadata: {
    /** The area the maturity views group the check under. */
    category: string;
    /** The maturity rank the check belongs to: 1 Bronze, 2 Silver, 3 Gold. */
    rank: 1 | 2 | 3;
    /** What to do when the check fails. */
    solution: string;
  };
}

const CATEGORY = 'MLOps maturity';

function check(
  name: string,
  description: string,
  conditions: MlopsMaturityCheckCondition[],
  metadata: { rank: 1 | 2 | 3; solution: string },
): MlopsMaturityCheck {
  return {
    type: 'json-rules-engine',
    name,
    description,
    factIds: [MLOPS_MATURITY_FACT_RETRIEVER_ID],
    rule: { conditions: { all: conditions } },
    metadata: { category: CATEGORY, ...metadata },
  };
}

const atLeastLevel = (level: 1 | 2 | 3, solution: string) =>
  check(
    `MLOps maturity at least Level ${level}`,
    `The ML service's current MLOps maturity assessment is at Level ${level} or higher`,
    [{ fact: 'level', operator: 'greaterThanInclusive', value: level }],
    { rank: level, solution },
  );

/**
 * The ready-made checks on the facts of the MLOps maturity fact retriever,
 * by check id, exactly as the README shows them for
 * `techInsights.factChecker.checks`. A service without an assessment fails
 * every one of them.
 *
 * @public
 */
export const mlopsMaturityChecks: Record<string, MlopsMaturityCheck> = {
  mlopsMaturityAtLeastLevel1: atLeastLevel(
    1,
    'Assess the service in its Maturity tab; below Level 1, follow the roadmap to Level 1 there and submit the assessment again',
  ),
  mlopsMaturityAtLeastLevel2: atLeastLevel(
    2,
    "Follow the roadmap to Level 2 in the service's Maturity tab, then submit the assessment again",
  ),
  mlopsMaturityAtLeastLevel3: atLeastLevel(
    3,
    "Follow the roadmap to Level 3 in the service's Maturity tab, then submit the assessment again",
  ),
  mlopsMaturityNotBelowTarget: check(
    'MLOps maturity not below its target',
    'The ML service reaches the maturity target the platform team set for it in mlopsMaturity.targets, or no target applies to it',
    [{ fact: 'belowTarget', operator: 'equal', value: false }],
    {
      rank: 1,
      solution:
        "The service's Maturity tab shows its target and the answers that would close the gap: work on those, then submit the assessment again",
    },
  ),
  mlopsMaturityVerifiedNotBelowTarget: check(
    'MLOps maturity verified level not below its target',
    "The ML service's verified level (what reviews, evidence and approved exemptions back, not only its owners' word) reaches the maturity target the platform team set for it in mlopsMaturity.targets, or no target applies to it",
    [{ fact: 'verifiedBelowTarget', operator: 'equal', value: false }],
    {
      rank: 2,
      solution:
        "The service's Maturity tab shows its claimed and verified level and what separates them: ask a reviewer to review the answers that await review, renew expired exemptions, confirm answers past re-verification, or raise answers to the target",
    },
  ),
  mlopsMaturityAssessedInLast90Days: check(
    'MLOps maturity assessed in the last 90 days',
    'The ML service has an MLOps maturity assessment submitted at most 90 days before the facts were last retrieved',
    [{ fact: 'daysSinceAssessment', operator: 'lessThanInclusive', value: 90 }],
    {
      rank: 1,
      solution:
        'Review the answers in the Maturity tab and submit the assessment again',
    },
  ),
  mlopsMaturityAssessmentNotStale: check(
    'MLOps maturity assessment not stale',
    'The ML service has an MLOps maturity assessment that is not older than mlopsMaturity.staleAfterDays',
    [
      { fact: 'assessed', operator: 'equal', value: true },
      { fact: 'stale', operator: 'equal', value: false },
    ],
    {
      rank: 1,
      solution:
        'Review the answers in the Maturity tab and submit the assessment again',
    },
  ),
};
