import { CampaignScope } from '../campaigns';

/**
 * The fields of a campaign's scope, in the order forms show them.
 *
 * @public
 */
export const CAMPAIGN_SCOPE_FIELDS = [
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
  'tag',
] as const satisfies ReadonlyArray<keyof CampaignScope>;

/**
 * A field of a campaign's scope.
 *
 * @public
 */
export type CampaignScopeField = (typeof CAMPAIGN_SCOPE_FIELDS)[number];

/**
 * The scope fields that hold entity refs, with the kind a bare name stands
 * for ("team-fraud" in owner is `group:default/team-fraud`).
 *
 * @public
 */
export const CAMPAIGN_SCOPE_REF_KINDS = {
  owner: 'group',
  system: 'system',
  domain: 'domain',
} as const satisfies Partial<Record<CampaignScopeField, string>>;

/**
 * The longest title a campaign may have, once trimmed.
 *
 * @public
 */
export const MAX_CAMPAIGN_TITLE_LENGTH = 255;

/**
 * The longest description a campaign may have.
 *
 * @public
 */
export const MAX_CAMPAIGN_DESCRIPTION_LENGTH = 4000;

/**
 * The longest a campaign may run, start to deadline: two years of daily
 * history points at most.
 *
 * @public
 */
export const MAX_CAMPAIGN_DAYS = 731;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What is wrong with a campaign's fields: the field, a code, and what a
 * message about it needs. Each side words it its own way (the backend's 400,
 * the dialog's translated text).
 *
 * @public
 */
export type CampaignProblem =
  | { field: 'title'; code: 'required' }
  | {
      field: 'title' | 'description';
      code: 'tooLong';
      length: number;
      max: number;
    }
  | { field: 'startsAt'; code: 'required' }
  | { field: 'deadline'; code: 'required' }
  /** A deadline set now must be in the future. */
  | { field: 'deadline'; code: 'passed'; deadline: string }
  | {
      field: 'deadline';
      code: 'notAfterStart';
      deadline: string;
      startsAt: string;
    }
  | { field: 'deadline'; code: 'tooFar'; maxDays: number };

/**
 * What is wrong with a campaign's title and description. The title is
 * trimmed before it is measured; the description is measured as given.
 *
 * @public
 */
export function campaignTextProblems(fields: {
  title?: string;
  description?: string;
}): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  if (fields.title !== undefined) {
    const title = fields.title.trim();
    if (title === '') {
      problems.push({ field: 'title', code: 'required' });
    } else if (title.length > MAX_CAMPAIGN_TITLE_LENGTH) {
      problems.push({
        field: 'title',
        code: 'tooLong',
        length: title.length,
        max: MAX_CAMPAIGN_TITLE_LENGTH,
      });
    }
  }
  const description = fields.description;
  if (
    description !== undefined &&
    description.length > MAX_CAMPAIGN_DESCRIPTION_LENGTH
  ) {
    problems.push({
      field: 'description',
      code: 'tooLong',
      length: description.length,
      max: MAX_CAMPAIGN_DESCRIPTION_LENGTH,
    });
  }
  return problems;
}

/**
 * What is wrong with a campaign's start and deadline (ISO 8601; undefined
 * when missing): at most one problem per field. A deadline that is being set
 * (`deadlineSet`: a new campaign, or an edit that changes it) must be in the
 * future; every deadline must come after the start, and at most
 * {@link MAX_CAMPAIGN_DAYS} days after it.
 *
 * @public
 */
export function campaignScheduleProblems(
  dates: { startsAt?: string; deadline?: string },
  options: { now: Date; deadlineSet: boolean },
): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const start =
    dates.startsAt === undefined ? undefined : Date.parse(dates.startsAt);
  if (start === undefined)
    problems.push({ field: 'startsAt', code: 'required' });
  if (dates.deadline === undefined) {
    problems.push({ field: 'deadline', code: 'required' });
    return problems;
  }
  const deadline = Date.parse(dates.deadline);
  if (options.deadlineSet && deadline <= options.now.getTime()) {
    problems.push({
      field: 'deadline',
      code: 'passed',
      deadline: dates.deadline,
    });
  } else if (start !== undefined && deadline <= start) {
    problems.push({
      field: 'deadline',
      code: 'notAfterStart',
      deadline: dates.deadline,
      startsAt: dates.startsAt!,
    });
  } else if (
    start !== undefined &&
    deadline - start > MAX_CAMPAIGN_DAYS * DAY_MS
  ) {
    problems.push({
      field: 'deadline',
      code: 'tooFar',
      maxDays: MAX_CAMPAIGN_DAYS,
    });
  }
  return problems;
}
