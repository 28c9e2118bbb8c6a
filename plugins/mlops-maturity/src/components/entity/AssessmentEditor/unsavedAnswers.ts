import {
  AssessmentAnswer,
  AssessmentAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** JSON with object keys sorted, so that key order does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function sameAnswer(
  a: AssessmentAnswer | undefined,
  b: AssessmentAnswer | undefined,
): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The questions whose answer differs between what is stored (the answers
 * the editor opened with, or the draft it last saved) and the form.
 */
export function unsavedQuestionIds(
  saved: AssessmentAnswers,
  answers: AssessmentAnswers,
): string[] {
  const ids = new Set([...Object.keys(saved), ...Object.keys(answers)]);
  return [...ids].filter(id => !sameAnswer(saved[id], answers[id]));
}
