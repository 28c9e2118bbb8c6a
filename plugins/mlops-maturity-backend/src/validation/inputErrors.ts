import { InputError } from '@backstage/errors';
import { AnswerIssue } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';

/** At most this many issues are listed in a 400 response. */
export const MAX_LISTED_ISSUES = 100;
/** How many issues the error message itself spells out. */
const ISSUES_IN_MESSAGE = 5;

const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify(text));

/**
 * Text echoed from a request, cut so that its JSON encoding takes at most
 * `maxBytes`: a 400 must stay small whatever the body held (a 500 kB key,
 * control characters that JSON escapes six-fold).
 */
export function clip(text: string, maxBytes: number): string {
  if (jsonBytes(text) <= maxBytes) return text;
  const suffix = `… (${text.length} characters)`;
  let end = Math.min(text.length, maxBytes);
  while (end > 0 && jsonBytes(text.slice(0, end) + suffix) > maxBytes) {
    end = Math.floor(end * 0.8);
  }
  return text.slice(0, end) + suffix;
}

/**
 * A 400 whose message names the problems and whose body carries them as
 * `error.issues: [{ field, message, questionId? }]`, so a client can show
 * each one at the field it names. At most {@link MAX_LISTED_ISSUES} are
 * listed, each cut short; `error.unlistedIssues` says how many more there
 * were, so the response stays small for any body the size limit lets in.
 */
export function invalidInput(issues: AnswerIssue[]): InputError {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map(issue => ({
    field: clip(issue.field, 80),
    message: clip(issue.message, 160),
    ...(issue.questionId !== undefined && {
      questionId: clip(issue.questionId, 80),
    }),
  }));
  const unlisted = issues.length - listed.length;
  const spelled = listed.slice(0, ISSUES_IN_MESSAGE).map(i => i.message);
  const rest = issues.length - spelled.length;
  const message =
    spelled.join('; ') +
    (rest > 0
      ? `; and ${rest} more issue${rest === 1 ? '' : 's'} (${
          unlisted > 0
            ? `the first ${listed.length} are listed`
            : 'all are listed'
        } in error.issues)`
      : '');
  const error = new InputError(message);
  return Object.assign(error, {
    issues: listed,
    ...(unlisted > 0 && { unlistedIssues: unlisted }),
  });
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
