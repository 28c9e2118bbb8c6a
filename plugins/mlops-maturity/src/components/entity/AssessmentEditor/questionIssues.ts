import { AnswerIssue } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Messages for the parts of one answer, keyed by the field path below
 * `answers.<questionId>`: '' (the answer itself), 'level', 'reason', 'note',
 * 'evidence', 'evidence[0].url', ...
 */
export type FieldMessages = Record<string, string[]>;

/** Issues sorted to the question they name, and those naming none. */
export interface GroupedIssues {
  byQuestion: Record<string, FieldMessages>;
  general: AnswerIssue[];
}

const ANSWER_FIELD = /^answers\.([^.[]+)(.*)$/;

function questionOf(
  issue: AnswerIssue,
): { questionId: string; rest: string } | undefined {
  // Request-shape errors name the body: `body.answers.<id>...`.
  const field = issue.field.replace(/^body\./, '');
  if (issue.questionId) {
    const prefix = `answers.${issue.questionId}`;
    const rest = field.startsWith(prefix) ? field.slice(prefix.length) : '';
    return { questionId: issue.questionId, rest };
  }
  const match = field.match(ANSWER_FIELD);
  return match ? { questionId: match[1], rest: match[2] } : undefined;
}

/**
 * Sorts issues (from `validateAnswers` or a 400 response) to the question and
 * field they name, so each can be shown where it applies.
 */
export function groupIssuesByQuestion(
  issues: AnswerIssue[],
  knownQuestionIds: string[],
): GroupedIssues {
  const known = new Set(knownQuestionIds);
  const grouped: GroupedIssues = { byQuestion: {}, general: [] };
  for (const issue of issues) {
    const target = questionOf(issue);
    if (!target || !known.has(target.questionId)) {
      grouped.general.push(issue);
      continue;
    }
    const key = target.rest.replace(/^\./, '');
    const messages = (grouped.byQuestion[target.questionId] ??= {});
    (messages[key] ??= []).push(issue.message);
  }
  return grouped;
}

/** The messages of one field path, e.g. `reason` or `evidence[1].url`. */
export function messagesAt(
  messages: FieldMessages | undefined,
  key: string,
): string[] {
  return messages?.[key] ?? [];
}

/** Messages about the choice itself: the answer, its level or N/A flag. */
export function choiceMessages(messages: FieldMessages | undefined): string[] {
  if (!messages) return [];
  return Object.entries(messages)
    .filter(
      ([key]) =>
        !key.startsWith('reason') &&
        !key.startsWith('note') &&
        !key.startsWith('evidence'),
    )
    .flatMap(([, list]) => list);
}

/**
 * The issues without those about one question, which an edit of it may have
 * resolved; the same array when none were.
 */
export function withoutIssuesOf(
  issues: AnswerIssue[],
  questionId: string,
): AnswerIssue[] {
  const kept = issues.filter(
    i =>
      i.questionId !== questionId &&
      !i.field.startsWith(`answers.${questionId}.`) &&
      i.field !== `answers.${questionId}`,
  );
  return kept.length === issues.length ? issues : kept;
}
