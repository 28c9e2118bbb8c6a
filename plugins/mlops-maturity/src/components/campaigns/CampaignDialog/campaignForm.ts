import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  Campaign,
  CampaignGoal,
  CampaignInput,
  CampaignScope,
  CampaignUpdate,
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
export const SCOPE_FIELDS = [
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
  'tag',
] as const;

/** A field of a campaign's scope. */
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/** The kind a bare name in an entity-ref scope field stands for. */
export const SCOPE_REF_KINDS: Partial<Record<ScopeField, string>> = {
  owner: 'group',
  system: 'system',
  domain: 'domain',
};

/** Longest title and description the backend accepts. */
export const MAX_TITLE_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 4000;
/** The longest a campaign may run, as the backend allows (two years). */
export const MAX_CAMPAIGN_DAYS = 731;

const DAY_MS = 24 * 3600 * 1000;

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
  const now = options.now ?? new Date();
  const errors: CampaignFormErrors = {};
  const title = values.title.trim();
  if (title === '') {
    errors.title = t('campaignDialog.titleRequired');
  } else if (title.length > MAX_TITLE_LENGTH) {
    errors.title = t('campaignDialog.titleTooLong', {
      length: String(title.length),
      max: String(MAX_TITLE_LENGTH),
    });
  }
  if (values.description.trim().length > MAX_DESCRIPTION_LENGTH) {
    errors.description = t('campaignDialog.descriptionTooLong', {
      length: String(values.description.trim().length),
      max: String(MAX_DESCRIPTION_LENGTH),
    });
  }
  const start = fromDateTimeInput(values.startsAt);
  if (!start) errors.startsAt = t('campaignDialog.startRequired');
  const deadline = endOfDateInput(values.deadline);
  if (!deadline) {
    errors.deadline = t('campaignDialog.deadlineRequired');
  } else if (
    values.deadline !== options.deadlineBefore &&
    deadline.getTime() <= now.getTime()
  ) {
    errors.deadline = t('campaignDialog.deadlinePassed', {
      deadline: formatDate(deadline.toISOString()),
    });
  } else if (start && deadline.getTime() <= start.getTime()) {
    errors.deadline = t('campaignDialog.deadlineBeforeStart', {
      deadline: formatDate(deadline.toISOString()),
      start: formatAbsoluteTime(start),
    });
  } else if (
    start &&
    deadline.getTime() - start.getTime() > MAX_CAMPAIGN_DAYS * DAY_MS
  ) {
    errors.deadline = t('campaignDialog.deadlineTooFar', {
      days: String(MAX_CAMPAIGN_DAYS),
    });
  }
  return errors;
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
