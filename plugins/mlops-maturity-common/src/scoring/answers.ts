import { MaturityLevelNumber, MaturityModel } from '../model/types';

/**
 * A link to evidence backing an answer (a dashboard, a runbook, a pipeline).
 *
 * @public
 */
export interface EvidenceLink {
  title: string;
  /** An absolute http(s) URL. */
  url: string;
}

/**
 * An answer that picks the descriptor of one level.
 *
 * @public
 */
export interface LevelAnswer {
  level: MaturityLevelNumber;
  note?: string;
  evidence?: EvidenceLink[];
}

/**
 * An answer saying the question does not apply, with the reason why. It is
 * left out of its dimension's average.
 *
 * @public
 */
export interface NotApplicableAnswer {
  notApplicable: true;
  reason: string;
  note?: string;
  evidence?: EvidenceLink[];
}

/**
 * An answer to one question.
 *
 * @public
 */
export type AssessmentAnswer = LevelAnswer | NotApplicableAnswer;

/**
 * Answers keyed by question id.
 *
 * @public
 */
export type AssessmentAnswers = Record<string, AssessmentAnswer>;

/**
 * Whether an answer is "not applicable".
 *
 * @public
 */
export function isNotApplicable(
  answer: AssessmentAnswer,
): answer is NotApplicableAnswer {
  return (answer as NotApplicableAnswer).notApplicable === true;
}

/**
 * Size limits for free text and links in answers.
 *
 * @public
 */
export const ANSWER_LIMITS = {
  noteMaxLength: 2000,
  reasonMaxLength: 1000,
  evidenceMaxItems: 10,
  evidenceTitleMaxLength: 200,
  evidenceUrlMaxLength: 2048,
} as const;

/**
 * One problem with a set of answers. `field` is a dotted path such as
 * `answers.rollback.level`.
 *
 * @public
 */
export interface AnswerIssue {
  field: string;
  message: string;
  questionId?: string;
}

/**
 * Options for {@link validateAnswers}.
 *
 * @public
 */
export interface ValidateAnswersOptions {
  /**
   * Also require a complete assessment: every question answered (a level or
   * N/A with a reason) and every dimension with at least one applicable answer.
   */
  requireComplete?: boolean;
}

const ANSWER_KEYS = ['level', 'notApplicable', 'reason', 'note', 'evidence'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.length > 40
      ? `a string of ${value.length} characters`
      : `"${value}"`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== ''
    );
  } catch {
    return false;
  }
}

// Control characters other than tab and line breaks (PostgreSQL cannot even store U+0000).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkText(
  issues: AnswerIssue[],
  field: string,
  value: unknown,
  maxLength: number,
  questionId: string,
  required: boolean,
) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string') {
    issues.push({
      field,
      questionId,
      message: `${field} must be a string, got ${describe(value)}`,
    });
  } else if (required && value.trim() === '') {
    issues.push({
      field,
      questionId,
      message: `${field} is required and must not be blank`,
    });
  } else if (value.length > maxLength) {
    issues.push({
      field,
      questionId,
      message: `${field} must be at most ${maxLength} characters, got ${value.length}`,
    });
  } else if (CONTROL_CHARACTERS.test(value)) {
    issues.push({
      field,
      questionId,
      message: `${field} must not contain control characters`,
    });
  }
}

function checkEvidence(
  issues: AnswerIssue[],
  field: string,
  value: unknown,
  questionId: string,
) {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push({
      field,
      questionId,
      message: `${field} must be a list of { title, url } links, got ${describe(
        value,
      )}`,
    });
    return;
  }
  if (value.length > ANSWER_LIMITS.evidenceMaxItems) {
    issues.push({
      field,
      questionId,
      message: `${field} may hold at most ${ANSWER_LIMITS.evidenceMaxItems} links, got ${value.length}`,
    });
    return;
  }
  value.forEach((link, index) => {
    const linkField = `${field}[${index}]`;
    if (typeof link !== 'object' || link === null || Array.isArray(link)) {
      issues.push({
        field: linkField,
        questionId,
        message: `${linkField} must be an object { title, url }, got ${describe(
          link,
        )}`,
      });
      return;
    }
    const unknownKeys = Object.keys(link).filter(
      k => k !== 'title' && k !== 'url',
    );
    if (unknownKeys.length > 0) {
      issues.push({
        field: `${linkField}.${unknownKeys[0]}`,
        questionId,
        message: `${linkField}.${unknownKeys[0]} is not a known property; a link has only title and url`,
      });
    }
    checkText(
      issues,
      `${linkField}.title`,
      link.title,
      ANSWER_LIMITS.evidenceTitleMaxLength,
      questionId,
      true,
    );
    const url = link.url;
    if (typeof url !== 'string') {
      issues.push({
        field: `${linkField}.url`,
        questionId,
        message: `${linkField}.url must be a string, got ${describe(url)}`,
      });
    } else if (url.length > ANSWER_LIMITS.evidenceUrlMaxLength) {
      issues.push({
        field: `${linkField}.url`,
        questionId,
        message: `${linkField}.url must be at most ${ANSWER_LIMITS.evidenceUrlMaxLength} characters, got ${url.length}`,
      });
    } else if (!isHttpUrl(url) || CONTROL_CHARACTERS.test(url)) {
      issues.push({
        field: `${linkField}.url`,
        questionId,
        message: `${linkField}.url must be an absolute http(s) URL, got ${describe(
          url,
        )}`,
      });
    }
  });
}

function checkAnswer(
  issues: AnswerIssue[],
  questionId: string,
  answer: unknown,
) {
  const field = `answers.${questionId}`;
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    issues.push({
      field,
      questionId,
      message: `${field} must be an object { level } or { notApplicable: true, reason }, got ${describe(
        answer,
      )}`,
    });
    return;
  }
  const record = answer as Record<string, unknown>;
  const unknownKey = Object.keys(record).find(k => !ANSWER_KEYS.includes(k));
  if (unknownKey !== undefined) {
    issues.push({
      field: `${field}.${unknownKey}`,
      questionId,
      message: `${field}.${unknownKey} is not a known property; an answer has ${ANSWER_KEYS.join(
        ', ',
      )}`,
    });
  }
  const hasLevel = record.level !== undefined;
  const notApplicable = record.notApplicable;
  if (notApplicable !== undefined && notApplicable !== true) {
    issues.push({
      field: `${field}.notApplicable`,
      questionId,
      message: `${field}.notApplicable must be true when present, got ${describe(
        notApplicable,
      )}`,
    });
  } else if (notApplicable === true) {
    if (hasLevel) {
      issues.push({
        field: `${field}.level`,
        questionId,
        message: `${field}.level must not be given with notApplicable: true; choose one`,
      });
    }
    checkText(
      issues,
      `${field}.reason`,
      record.reason,
      ANSWER_LIMITS.reasonMaxLength,
      questionId,
      true,
    );
  } else if (!hasLevel) {
    issues.push({
      field: `${field}.level`,
      questionId,
      message: `${field}.level is required: an integer from 0 to 4, or notApplicable: true with a reason`,
    });
  } else {
    const level = record.level;
    if (
      typeof level !== 'number' ||
      !Number.isInteger(level) ||
      level < 0 ||
      level > 4
    ) {
      issues.push({
        field: `${field}.level`,
        questionId,
        message: `${field}.level must be an integer from 0 to 4, got ${describe(
          level,
        )}`,
      });
    }
    if (record.reason !== undefined) {
      issues.push({
        field: `${field}.reason`,
        questionId,
        message: `${field}.reason is only allowed with notApplicable: true`,
      });
    }
  }
  checkText(
    issues,
    `${field}.note`,
    record.note,
    ANSWER_LIMITS.noteMaxLength,
    questionId,
    false,
  );
  checkEvidence(issues, `${field}.evidence`, record.evidence, questionId);
}

/**
 * Checks answers (of unknown shape, e.g. a request body) against a model and
 * lists every problem with the field it concerns. An empty list means the
 * answers are well-formed (and complete, with `requireComplete`).
 *
 * @public
 */
export function validateAnswers(
  model: MaturityModel,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): AnswerIssue[] {
  if (
    typeof answers !== 'object' ||
    answers === null ||
    Array.isArray(answers)
  ) {
    return [
      {
        field: 'answers',
        message: `answers must be an object keyed by question id, got ${describe(
          answers,
        )}`,
      },
    ];
  }
  const issues: AnswerIssue[] = [];
  const known = new Set(model.questions.map(q => q.id));
  const record = answers as Record<string, unknown>;
  for (const [questionId, answer] of Object.entries(record)) {
    if (!known.has(questionId)) {
      issues.push({
        field: `answers.${questionId}`,
        questionId,
        message: `answers.${questionId}: unknown question id "${questionId}" in model ${model.id}@${model.version}`,
      });
      continue;
    }
    checkAnswer(issues, questionId, answer);
  }
  if (options.requireComplete && issues.length === 0) {
    issues.push(...completenessIssues(model, record as AssessmentAnswers));
  }
  return issues;
}

function completenessIssues(
  model: MaturityModel,
  answers: AssessmentAnswers,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const question of model.questions) {
    if (answers[question.id] === undefined) {
      issues.push({
        field: `answers.${question.id}`,
        questionId: question.id,
        message: `answers.${question.id} is missing: a submitted assessment answers every question with a level or N/A and a reason (save a draft for incomplete work)`,
      });
    }
  }
  if (issues.length > 0) return issues;
  for (const dimension of model.dimensions) {
    const questions = model.questions.filter(
      q => q.dimensionId === dimension.id,
    );
    if (questions.every(q => isNotApplicable(answers[q.id]))) {
      issues.push({
        field: 'answers',
        message: `answers: every question of dimension "${
          dimension.name
        }" (${questions
          .map(q => q.id)
          .join(
            ', ',
          )}) is marked N/A; a dimension needs at least one applicable answer`,
      });
    }
  }
  return issues;
}
