import { InputError } from '@backstage/errors';
import { AnswerIssue } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';

/**
 * A 400 whose message lists every problem and whose body carries them as
 * `error.issues: [{ field, message, questionId? }]`, so a client can show
 * each one at the field it names.
 */
export function invalidInput(issues: AnswerIssue[]): InputError {
  const error = new InputError(issues.map(i => i.message).join('; '));
  return Object.assign(error, { issues });
}

/** The zod issues of a failed parse, with the request part as the field prefix. */
export function zodIssues(error: z.ZodError, prefix?: string): AnswerIssue[] {
  return error.issues.flatMap(issue => {
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      return issue.keys.map(key => {
        const field = [prefix, ...issue.path.map(String), key]
          .filter(Boolean)
          .join('.');
        return {
          field,
          message: `${field} is not a known ${
            prefix === 'query' ? 'parameter' : 'property'
          }`,
        };
      });
    }
    const field =
      [prefix, ...issue.path.map(String)].filter(Boolean).join('.') ||
      prefix ||
      'body';
    return { field, message: `${field}: ${issue.message}` };
  });
}

/** Parses with a schema or throws {@link invalidInput} naming the fields. */
export function parseOrThrow<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  prefix?: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(zodIssues(result.error, prefix));
  return result.data;
}
