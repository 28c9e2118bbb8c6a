import { toIsoString } from './rows';

/** The snapshot tables (see the snapshots migration). */
export const SNAPSHOTS = 'mlops_maturity_snapshots';
export const SNAPSHOT_SERVICES = 'mlops_maturity_snapshot_services';
export const SNAPSHOT_DAYS = 'mlops_maturity_snapshot_days';

/** One UTC day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day (days since 1970-01-01) an instant falls on. */
export function dayOf(at: Date | number | string): number {
  const ms = typeof at === 'number' ? at : new Date(toIsoString(at)).getTime();
  return Math.floor(ms / DAY_MS);
}

/** A day as `YYYY-MM-DD`. */
export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date as a day. */
export function dateToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00.000Z`) / DAY_MS);
}

/** One row of mlops_maturity_snapshots. */
export interface SnapshotRow {
  day: number;
  service_id: number;
  level: number | null;
  score: number | null;
  gated_level: number | null;
  verified_level: number | null;
  evidence_answered: number | null;
  evidence_backed: number | null;
  target_level: number | null;
  stale: number;
  assessed_day: number | null;
  /** 1 when the row differs from the service's row of the day before, or there is none. */
  changed: number;
}

/** What a row shows, to tell whether it changed from the day before. */
export function shownBy(row: Omit<SnapshotRow, 'day' | 'changed'>): string {
  return [
    row.service_id,
    row.level,
    row.score,
    row.gated_level,
    row.verified_level,
    row.evidence_answered,
    row.evidence_backed,
    row.target_level,
    row.stale,
    row.assessed_day,
  ]
    .map(v => (v === null || v === undefined ? '' : Number(v)))
    .join(',');
}

/** What a snapshot of one service is made of. */
export interface SnapshotSource {
  serviceId: number;
  /** The revision shown, if any: its numbers and when it was made. */
  shown?: {
    revision: number;
    level: number;
    score: number;
    gatedLevel: number;
    createdAt: Date | number | string;
  };
  /** The evidence figures measured on the current revision, if any. */
  evidence?: {
    revision: number | null;
    answered: number | null;
    backed: number | null;
  };
  /** The verified level computed for the current revision, if any. */
  verified?: {
    revision: number | null;
    level: number | null;
  };
  targetLevel: number | null;
}

const orNull = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/**
 * A service's snapshot on `day`: its revision's numbers, the evidence
 * figures and the verified level only when they were computed for that same
 * revision (a day filled from an older revision has none), stale when the
 * revision was made before `staleBefore` (the end of the day, less
 * `mlopsMaturity.staleAfterDays`).
 */
export function snapshotRow(
  day: number,
  source: SnapshotSource,
  staleBefore: Date,
): SnapshotRow {
  const { shown, evidence, verified } = source;
  const measured =
    shown !== undefined &&
    evidence !== undefined &&
    evidence.answered !== null &&
    Number(evidence.revision) === shown.revision;
  const verifiedLevel =
    shown !== undefined &&
    verified !== undefined &&
    verified.level !== null &&
    Number(verified.revision) === shown.revision
      ? Number(verified.level)
      : null;
  const createdAt = shown
    ? new Date(toIsoString(shown.createdAt)).getTime()
    : undefined;
  return {
    day,
    service_id: source.serviceId,
    level: shown ? shown.level : null,
    score: shown ? Math.round(shown.score * 10_000) : null,
    gated_level: shown ? shown.gatedLevel : null,
    verified_level: verifiedLevel,
    evidence_answered: measured ? orNull(evidence!.answered) : null,
    evidence_backed: measured ? orNull(evidence!.backed) : null,
    target_level: orNull(source.targetLevel),
    stale: createdAt !== undefined && createdAt < staleBefore.getTime() ? 1 : 0,
    assessed_day: createdAt !== undefined ? dayOf(createdAt) : null,
    changed: 1,
  };
}
