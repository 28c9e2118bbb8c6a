import { MaturityModel } from '../model/types';
import { ANSWER_LIMITS, AssessmentAnswers, isNotApplicable } from './types';

/**
 * One problem with a set of answers. `field` is a dotted path such as
 * `answers.rollback.level`.
 *
 * @public
 */
export interface AnswerIssue {
  field: string;
  /** For the API's readers: the field's path and what is wrong with it. */
  message: string;
  questionId?: string;
  /**
   * What is wrong, for a UI to say in its own words where the issue is one a
   * person filling in the questionnaire can make; absent for a malformed
   * request (a wrong type, an unknown property), which only a program sends.
   */
  code?: AnswerIssueCode;
  /** What the code's sentence names: the limit, the length, the dimension. */
  params?: Record<string, string | number>;
}

/**
 * The problems of answers a person can make, each with its own sentence in
 * a UI: `required` (a reason or a link title left blank; `params.part`),
 * `too-long` (`params.part`, `max`, `length`), `control-characters`,
 * `not-a-url`, `too-many-links` (`max`), `missing` (a question not answered
 * in a submission) and `dimension-all-not-applicable` (`dimension`).
 *
 * @public
 */
export type AnswerIssueCode =
  | 'required'
  | 'too-long'
  | 'control-characters'
  | 'not-a-url'
  | 'too-many-links'
  | 'missing'
  | 'dimension-all-not-applicable';

/** Which text of an answer a text issue is about. */
type TextPart = 'reason' | 'note' | 'linkTitle';

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

// Control characters other than tab and line breaks (PostgreSQL cannot even store U+0000).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** An issue; `questionId` is left out for problems of the answers as a whole. */
function issue(
  field: string,
  message: string,
  questionId?: string,
  coded?: Pick<AnswerIssue, 'code' | 'params'>,
): AnswerIssue {
  return {
    field,
    ...(questionId !== undefined && { questionId }),
    message,
    ...(coded?.code && { code: coded.code }),
    ...(coded?.params && { params: coded.params }),
  };
}

/**
 * Records a problem of the answer to one question; its message is the
 * field's path followed by `problem`.
 */
type Report = (
  field: string,
  problem: string,
  coded?: Pick<AnswerIssue, 'code' | 'params'>,
) => void;

function reportTo(issues: AnswerIssue[], questionId: string): Report {
  return (field, problem, coded) =>
    issues.push(issue(field, `${field} ${problem}`, questionId, coded));
}

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(
  report: Report,
  field: string,
  value: unknown,
  text: { part: TextPart; maxLength: number; required: boolean },
) {
  const { part, maxLength, required } = text;
  if (value === undefined && !required) return;
  if (typeof value !== 'string') {
    report(field, `must be a string, got ${describe(value)}`);
  } else if (required && value.trim() === '') {
    report(field, 'is required and must not be blank', {
      code: 'required',
      params: { part },
    });
  } else if (value.length > maxLength) {
    report(
      field,
      `must be at most ${maxLength} characters, got ${value.length}`,
      {
        code: 'too-long',
        params: { part, max: maxLength, length: value.length },
      },
    );
  } else if (CONTROL_CHARACTERS.test(value)) {
    report(field, 'must not contain control characters', {
      code: 'control-characters',
    });
  }
}

function checkUrl(report: Report, field: string, url: unknown) {
  const maxLength = ANSWER_LIMITS.evidenceUrlMaxLength;
  if (typeof url !== 'string') {
    report(field, `must be a string, got ${describe(url)}`);
  } else if (url.length > maxLength) {
    report(field, `must be at most ${maxLength} characters, got ${url.length}`);
  } else if (!isHttpUrl(url) || CONTROL_CHARACTERS.test(url)) {
    report(field, `must be an absolute http(s) URL, got ${describe(url)}`, {
      code: 'not-a-url',
    });
  }
}

function checkEvidence(report: Report, field: string, value: unknown) {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    report(
      field,
      `must be a list of { title, url } links, got ${describe(value)}`,
    );
    return;
  }
  const maxItems = ANSWER_LIMITS.evidenceMaxItems;
  if (value.length > maxItems) {
    report(field, `may hold at most ${maxItems} links, got ${value.length}`, {
      code: 'too-many-links',
      params: { max: maxItems },
    });
    return;
  }
  value.forEach((link, index) => {
    const linkField = `${field}[${index}]`;
    if (!isRecord(link)) {
      report(
        linkField,
        `must be an object { title, url }, got ${describe(link)}`,
      );
      return;
    }
    const unknownKey = Object.keys(link).find(
      k => k !== 'title' && k !== 'url',
    );
    if (unknownKey !== undefined) {
      report(
        `${linkField}.${unknownKey}`,
        'is not a known property; a link has only title and url',
      );
    }
    checkText(report, `${linkField}.title`, link.title, {
      part: 'linkTitle',
      maxLength: ANSWER_LIMITS.evidenceTitleMaxLength,
      required: true,
    });
    checkUrl(report, `${linkField}.url`, link.url);
  });
}

/** The level, or N/A with its reason, of one answer. */
function checkChoice(
  report: Report,
  field: string,
  answer: Record<string, unknown>,
) {
  const { level, notApplicable } = answer;
  if (notApplicable !== undefined && notApplicable !== true) {
    report(
      `${field}.notApplicable`,
      `must be true when present, got ${describe(notApplicable)}`,
    );
  } else if (notApplicable === true) {
    if (level !== undefined) {
      report(
        `${field}.level`,
        'must not be given with notApplicable: true; choose one',
      );
    }
    checkText(report, `${field}.reason`, answer.reason, {
      part: 'reason',
      maxLength: ANSWER_LIMITS.reasonMaxLength,
      required: true,
    });
  } else if (level === undefined) {
    report(
      `${field}.level`,
      'is required: an integer from 0 to 4, or notApplicable: true with a reason',
    );
  } else {
    if (
      typeof level !== 'number' ||
      !Number.isInteger(level) ||
      level < 0 ||
      level > 4
    ) {
      report(
        `${field}.level`,
        `must be an integer from 0 to 4, got ${describe(level)}`,
      );
    }
    if (answer.reason !== undefined) {
      report(`${field}.reason`, 'is only allowed with notApplicable: true');
    }
  }
}

function checkAnswer(report: Report, questionId: string, answer: unknown) {
  const field = `answers.${questionId}`;
  if (!isRecord(answer)) {
    report(
      field,
      `must be an object { level } or { notApplicable: true, reason }, got ${describe(
        answer,
      )}`,
    );
    return;
  }
  const unknownKey = Object.keys(answer).find(k => !ANSWER_KEYS.includes(k));
  if (unknownKey !== undefined) {
    report(
      `${field}.${unknownKey}`,
      `is not a known property; an answer has ${ANSWER_KEYS.join(', ')}`,
    );
  }
  checkChoice(report, field, answer);
  checkText(report, `${field}.note`, answer.note, {
    part: 'note',
    maxLength: ANSWER_LIMITS.noteMaxLength,
    required: false,
  });
  checkEvidence(report, `${field}.evidence`, answer.evidence);
}

function completenessIssues(
  model: MaturityModel,
  answers: AssessmentAnswers,
): AnswerIssue[] {
  const missing = model.questions.filter(q => answers[q.id] === undefined);
  if (missing.length > 0) {
    return missing.map(q =>
      issue(
        `answers.${q.id}`,
        `answers.${q.id} is missing: a submitted assessment answers every question with a level or N/A and a reason (save a draft for incomplete work)`,
        q.id,
        { code: 'missing' },
      ),
    );
  }
  const issues: AnswerIssue[] = [];
  for (const dimension of model.dimensions) {
    const questions = model.questions.filter(
      q => q.dimensionId === dimension.id,
    );
    if (questions.every(q => isNotApplicable(answers[q.id]))) {
      const ids = questions.map(q => q.id).join(', ');
      issues.push(
        issue(
          'answers',
          `answers: every question of dimension "${dimension.name}" (${ids}) is marked N/A; a dimension needs at least one applicable answer`,
          undefined,
          {
            code: 'dimension-all-not-applicable',
            params: { dimension: dimension.name },
          },
        ),
      );
    }
  }
  return issues;
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
  if (!isRecord(answers)) {
    return [
      issue(
        'answers',
        `answers must be an object keyed by question id, got ${describe(
          answers,
        )}`,
      ),
    ];
  }
  const issues: AnswerIssue[] = [];
  const known = new Set(model.questions.map(q => q.id));
  for (const [questionId, answer] of Object.entries(answers)) {
    if (known.has(questionId)) {
      checkAnswer(reportTo(issues, questionId), questionId, answer);
    } else {
      issues.push(
        issue(
          `answers.${questionId}`,
          `answers.${questionId}: unknown question id "${questionId}" in model ${model.id}@${model.version}`,
          questionId,
        ),
      );
    }
  }
  if (options.requireComplete && issues.length === 0) {
    issues.push(...completenessIssues(model, answers as AssessmentAnswers));
  }
  return issues;
}
