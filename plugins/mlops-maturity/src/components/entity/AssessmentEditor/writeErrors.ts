import { ResponseError } from '@backstage/errors';
import { AnswerIssue } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** Whether a write was refused because its base revision is not current. */
export function isConflict(error: unknown): boolean {
  return ResponseError.is(error) && error.statusCode === 409;
}

function isIssue(value: unknown): value is AnswerIssue {
  const issue = value as Partial<AnswerIssue> | null;
  return (
    typeof issue === 'object' &&
    issue !== null &&
    typeof issue.field === 'string' &&
    typeof issue.message === 'string'
  );
}

/**
 * The validation issues of a 400 response (`error.issues` of the body), or
 * undefined when the error carries none.
 */
export function validationIssues(error: unknown): AnswerIssue[] | undefined {
  if (!ResponseError.is(error) || error.statusCode !== 400) return undefined;
  const issues: unknown = error.body?.error?.issues;
  return Array.isArray(issues) ? issues.filter(isIssue) : undefined;
}
