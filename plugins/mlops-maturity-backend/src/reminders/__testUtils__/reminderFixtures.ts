import { randomBytes } from 'node:crypto';
import {
  defaultMaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ReminderContext } from '../decideReminders';
import { REMINDER_REASON_KEYS } from '../readRemindersConfig';

/** The clock, key, context and scorecard rows the reminder decisions are tested on. */
export const DAY = 24 * 60 * 60 * 1000;
export const NOW = new Date('2026-12-10T12:00:00Z');
export const daysAgo = (n: number) =>
  new Date(NOW.getTime() - n * DAY).toISOString();

export const ALL_REASONS = new Set(Object.values(REMINDER_REASON_KEYS));
export const KEY = randomBytes(32);
/** A scope of `kind`: the kind and 64 hex digits, nothing else. */
export const opaqueScope = (kind: string) =>
  expect.stringMatching(new RegExp(`^mlops-maturity:${kind}:[0-9a-f]{64}$`));
export const levelNames = new Map(
  defaultMaturityModel.levels.map(l => [l.level, l.name]),
);

export function context(
  overrides: Partial<ReminderContext> = {},
): ReminderContext {
  return {
    now: NOW,
    staleAfterDays: 90,
    levelName: level => levelNames.get(level)!,
    reasons: ALL_REASONS,
    deadlineSoonDays: 7,
    scopeKey: KEY,
    ...overrides,
  };
}

export function row(overrides: Partial<ScorecardRow> = {}): ScorecardRow {
  const assessed = overrides.assessed ?? true;
  return {
    entityRef: 'component:default/churn-model',
    kind: 'Component',
    namespace: 'default',
    name: 'churn-model',
    title: 'Churn Model',
    type: 'ml-model',
    owner: 'group:default/team-a',
    system: null,
    domain: null,
    lifecycle: 'production',
    assessed,
    revision: assessed ? 1 : null,
    score: assessed ? 1.2 : null,
    level: assessed ? 1 : null,
    gatedLevel: assessed ? 1 : null,
    weakestDimensionId: null,
    raisesToNextLevel: null,
    updatedAt: assessed ? daysAgo(10) : null,
    updatedBy: assessed ? 'user:default/ann' : null,
    stale: false,
    targetLevel: null,
    targetTitle: null,
    targetMet: null,
    evidenceShare: null,
    evidenceBackedCount: null,
    evidenceAnsweredCount: null,
    evidenceSuggestsHigherCount: null,
    verifiedLevel: null,
    verifiedScore: null,
    verificationGapCount: null,
    ...overrides,
  };
}
