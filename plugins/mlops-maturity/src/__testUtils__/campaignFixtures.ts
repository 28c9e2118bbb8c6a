import {
  Campaign,
  CampaignProgress,
  CampaignResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The end (23:59 local) of the day `days` from today: a deadline that many
 * calendar days away (negative: passed).
 */
export function deadlineInDays(days: number): string {
  const now = new Date();
  return new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + days,
    23,
    59,
  ).toISOString();
}

/** An active campaign towards Level 2, due in 10 days; override what a test needs. */
export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    title: 'Level 2 by year end',
    description: '',
    scope: { lifecycle: ['production'] },
    goal: { kind: 'level', level: 2 },
    startsAt: '2026-11-01T08:00:00Z',
    deadline: deadlineInDays(10),
    state: 'active',
    createdAt: '2026-11-01T08:00:00Z',
    createdBy: 'user:default/ada',
    updatedAt: '2026-11-01T08:00:00Z',
    updatedBy: 'user:default/ada',
    closedAt: null,
    closedBy: null,
    ...overrides,
  };
}

/** Progress with consistent counts: `done` of `inScope`, `overdue` of the rest. */
export function progress(
  done: number,
  inScope: number,
  overdue = 0,
  teams: CampaignProgress['teams'] = [],
): CampaignProgress {
  return {
    inScope,
    done,
    remaining: inScope - done,
    overdue,
    doneShare: inScope > 0 ? done / inScope : null,
    teams,
  };
}

/** A campaign with its progress, as the API answers for one. */
export function campaignResponse(
  overrides: Partial<Campaign> = {},
  counts: CampaignProgress = progress(3, 10),
): CampaignResponse {
  return { campaign: campaign(overrides), progress: counts };
}
