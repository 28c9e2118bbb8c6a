import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Campaign,
  CAMPAIGN_SCOPE_FIELDS,
  CAMPAIGN_SCOPE_REF_KINDS,
  CampaignGoal,
  CampaignInput,
  CampaignProblem,
  campaignScheduleProblems,
  CampaignScope,
  CampaignScopeField,
  campaignTextProblems,
  CampaignUpdate,
  MAX_CAMPAIGN_DAYS,
  MAX_CAMPAIGN_DESCRIPTION_LENGTH,
  MAX_CAMPAIGN_TITLE_LENGTH,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  endOfDateInput,
  formatDate,
  fromDateTimeInput,
  toDateInput,
  toDateTimeInput,
} from '../../../format/campaignDeadline';
import { formatAbsoluteTime } from '../../shared/Timestamp';
import { MlopsMaturityTranslation } from '../../../translation';

/** The scope fields, in the order the dialog shows them. */
export const SCOPE_FIELDS = CAMPAIGN_SCOPE_FIELDS;

/** A field of a campaign's scope. */
export type ScopeField = CampaignScopeField;

/** The kind a bare name in an entity-ref scope field stands for. */
export const SCOPE_REF_KINDS: Partial<Record<ScopeField, string>> =
  CAMPAIGN_SCOPE_REF_KINDS;

/** Longest title and description the backend accepts. */
export const MAX_TITLE_LENGTH = MAX_CAMPAIGN_TITLE_LENGTH;
export const MAX_DESCRIPTION_LENGTH = MAX_CAMPAIGN_DESCRIPTION_LENGTH;
/** The longest a campaign may run, as the backend allows (two years). */
export { MAX_CAMPAIGN_DAYS };

/** What the campaign dialog holds, as its inputs hold it. */
export interface CampaignFormValues {
  title: string;
  description: string;
  /** '1'-'4' for a level goal, 'reassess' for a reassessment. */
  goal: string;
  /** A local date and time, YYYY-MM-DDTHH:mm. */
  startsAt: string;
  /** A local date, YYYY-MM-DD; the campaign runs until it ends. */
  deadline: string;
  scope: Record<ScopeField, string[]>;
}

/** The fields that can be wrong, with what is wrong. */
export type CampaignFormErrors = Partial<
  Record<'title' | 'description' | 'startsAt' | 'deadline', string>
>;

function goalValue(goal: CampaignGoal): string {
  return goal.kind === 'reassess' ? 'reassess' : String(goal.level);
}

function goalOf(value: string): CampaignGoal {
  return value === 'reassess'
    ? { kind: 'reassess' }
    : { kind: 'level', level: Number(value) as MaturityLevelNumber };
}

/** The form for a new campaign (starting now, Level 2 as goal) or for editing one. */
export function initialCampaignForm(
  campaign?: Campaign,
  now: Date = new Date(),
): CampaignFormValues {
  const scope = Object.fromEntries(
    SCOPE_FIELDS.map(field => [field, campaign?.scope[field] ?? []]),
  ) as Record<ScopeField, string[]>;
  if (!campaign) {
    return {
      title: '',
      description: '',
      goal: '2',
      startsAt: toDateTimeInput(now),
      deadline: '',
      scope,
    };
  }
  return {
    title: campaign.title,
    description: campaign.description,
    goal: goalValue(campaign.goal),
    startsAt: toDateTimeInput(new Date(campaign.startsAt)),
    deadline: toDateInput(new Date(campaign.deadline)),
    scope,
  };
}

/**
 * A scope value as the backend matches it: entity-ref fields get their kind
 * and the default namespace when a bare name was typed ("team-fraud" is
 * `group:default/team-fraud`); other values are trimmed.
 */
export function normalizeScopeValue(field: ScopeField, value: string): string {
  const trimmed = value.trim();
  const kind = SCOPE_REF_KINDS[field];
  if (!kind || trimmed === '') return trimmed;
  try {
    return stringifyEntityRef(
      parseEntityRef(trimmed, {
        defaultKind: kind,
        defaultNamespace: 'default',
      }),
    );
  } catch {
    // Left for the backend to reject, naming the field.
    return trimmed;
  }
}

/** The scope of the form, normalised and without duplicates or empty fields. */
export function scopeOf(values: CampaignFormValues): CampaignScope {
  const scope: CampaignScope = {};
  for (const field of SCOPE_FIELDS) {
    const list = [
      ...new Set(
        values.scope[field]
          .map(v => normalizeScopeValue(field, v))
          .filter(v => v !== ''),
      ),
    ];
    if (list.length > 0) scope[field] = list;
  }
  return scope;
}

/**
 * What is wrong with the form, before anything is sent; empty when nothing
 * is. A deadline must be in the future when it is set (a new campaign, or
 * an edit that changes it: `deadlineBefore` is the form's deadline as it
 * was loaded).
 */
export function validateCampaignForm(
  values: CampaignFormValues,
  t: MlopsMaturityTranslation,
  options: { now?: Date; deadlineBefore?: string } = {},
): CampaignFormErrors {
  const start = fromDateTimeInput(values.startsAt);
  const deadline = endOfDateInput(values.deadline);
  const problems = [
    ...campaignTextProblems({
      title: values.title,
      description: values.description.trim(),
    }),
    ...campaignScheduleProblems(
      { startsAt: start?.toISOString(), deadline: deadline?.toISOString() },
      {
        now: options.now ?? new Date(),
        deadlineSet: values.deadline !== options.deadlineBefore,
      },
    ),
  ];
  const errors: CampaignFormErrors = {};
  for (const problem of problems) {
    errors[problem.field] ??= problemMessage(problem, t);
  }
  return errors;
}

/** What the dialog says about a problem the common campaign rules found. */
function problemMessage(
  problem: CampaignProblem,
  t: MlopsMaturityTranslation,
): string {
  switch (problem.code) {
    case 'required':
      return problem.field === 'title'
        ? t('campaignDialog.titleRequired')
        : t(
            problem.field === 'startsAt'
              ? 'campaignDialog.startRequired'
              : 'campaignDialog.deadlineRequired',
          );
    case 'tooLong':
      return t(
        problem.field === 'title'
          ? 'campaignDialog.titleTooLong'
          : 'campaignDialog.descriptionTooLong',
        { length: String(problem.length), max: String(problem.max) },
      );
    case 'passed':
      return t('campaignDialog.deadlinePassed', {
        deadline: formatDate(problem.deadline),
      });
    case 'notAfterStart':
      return t('campaignDialog.deadlineBeforeStart', {
        deadline: formatDate(problem.deadline),
        start: formatAbsoluteTime(new Date(problem.startsAt)),
      });
    default:
      return t('campaignDialog.deadlineTooFar', {
        days: String(problem.maxDays),
      });
  }
}

/** The body of `POST /campaigns` for a valid form. */
export function toCampaignInput(values: CampaignFormValues): CampaignInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    goal: goalOf(values.goal),
    scope: scopeOf(values),
    startsAt: fromDateTimeInput(values.startsAt)!.toISOString(),
    deadline: endOfDateInput(values.deadline)!.toISOString(),
  };
}

const sameScope = (a: CampaignScope, b: CampaignScope) =>
  SCOPE_FIELDS.every(
    field => JSON.stringify(a[field] ?? []) === JSON.stringify(b[field] ?? []),
  );

/**
 * The body of `PATCH /campaigns/:id` for a valid form: only what changed,
 * so a deadline or start the form shows rounded (to the day, to the minute)
 * stays as it was unless it was edited.
 */
export function toCampaignUpdate(
  values: CampaignFormValues,
  campaign: Campaign,
): CampaignUpdate {
  const before = initialCampaignForm(campaign);
  const update: CampaignUpdate = {};
  if (values.title.trim() !== campaign.title)
    update.title = values.title.trim();
  if (values.description.trim() !== campaign.description) {
    update.description = values.description.trim();
  }
  if (values.goal !== before.goal) update.goal = goalOf(values.goal);
  if (values.startsAt !== before.startsAt) {
    update.startsAt = fromDateTimeInput(values.startsAt)!.toISOString();
  }
  if (values.deadline !== before.deadline) {
    update.deadline = endOfDateInput(values.deadline)!.toISOString();
  }
  const scope = scopeOf(values);
  if (!sameScope(scope, campaign.scope)) update.scope = scope;
  return update;
}
