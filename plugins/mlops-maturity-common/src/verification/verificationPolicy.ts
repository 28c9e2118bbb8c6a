import { DEFAULT_VERIFICATION_POLICY, VerificationPolicy } from './types';

/**
 * What is wrong with a verification policy: the field and the value given.
 * `requiredFromLevel` must be a whole level from 1 to 4 (from 0 nothing
 * could be counted), `answerTtlDays` a number of days above 0.
 *
 * @public
 */
export type VerificationPolicyProblem =
  | { field: 'requiredFromLevel'; value: unknown; allowed: '1, 2, 3 or 4' }
  | { field: 'answerTtlDays'; value: unknown; allowed: 'a number above 0' };

/**
 * What is wrong with a verification policy; empty when nothing is.
 *
 * @public
 */
export function verificationPolicyProblems(
  policy: VerificationPolicy,
): VerificationPolicyProblem[] {
  const problems: VerificationPolicyProblem[] = [];
  const level: unknown = policy.requiredFromLevel;
  if (!(typeof level === 'number' && [1, 2, 3, 4].includes(level))) {
    problems.push({
      field: 'requiredFromLevel',
      value: level,
      allowed: '1, 2, 3 or 4',
    });
  }
  const ttl: unknown = policy.answerTtlDays;
  if (ttl !== undefined && !(typeof ttl === 'number' && ttl > 0)) {
    problems.push({
      field: 'answerTtlDays',
      value: ttl,
      allowed: 'a number above 0',
    });
  }
  return problems;
}

/** The policy to use: the default when none is given; throws on a bad one. */
export function policyOrDefault(
  policy: VerificationPolicy | undefined,
): VerificationPolicy {
  if (!policy) return DEFAULT_VERIFICATION_POLICY;
  const [problem] = verificationPolicyProblems(policy);
  if (problem) {
    throw new RangeError(
      `Invalid verification policy: ${problem.field} is ${JSON.stringify(
        problem.value,
      )}; allowed: ${problem.allowed}`,
    );
  }
  return policy;
}
