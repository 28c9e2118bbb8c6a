import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { ENTITIES } from './scorecardTable';
import { ColumnOf, SeriesColumn, snapshotSeries } from './snapshotSeries';
import { SNAPSHOT_DAYS, SNAPSHOTS } from './snapshotRows';

/** The per-day sums of every listed service's snapshot (see the snapshot totals migration). */
export const SNAPSHOT_TOTALS = 'mlops_maturity_snapshot_totals';
const META = 'mlops_maturity_meta';
/** Meta key: a new value whenever a service leaves the scorecard (removed, or re-created with a new uid). */
const MEMBERS = 'snapshot-members';
/** Meta key: the `MEMBERS` value the totals were last summed for. */
const SUMMED_FOR = 'snapshot-totals-members';
/** `MEMBERS` before any service ever left. */
const NONE = 'none';

const isSqlite = (db: Knex) =>
  String(db.client.config.client).includes('sqlite');

const LEVELS = [0, 1, 2, 3, 4] as const;

/** 1 where the row is and `test` holds, else 0. */
const present = (test: (c: ColumnOf) => string) => (c: ColumnOf) =>
  `case when ${c('day')} is not null and ${test(c)} then 1 else 0 end`;
const value =
  (column: 'stale' | 'score' | 'evidence_answered' | 'evidence_backed') =>
  (c: ColumnOf) =>
    `coalesce(${c(column)}, 0)`;

/** What a trend sums per day, and the totals keep: each is a column of the totals table. */
export const TREND_COLUMNS: SeriesColumn[] = [
  { name: 'services', sql: present(() => '1 = 1') },
  { name: 'assessed', sql: present(c => `${c('level')} is not null`) },
  { name: 'stale', sql: value('stale') },
  ...LEVELS.map(level => ({
    name: `level_${level}`,
    sql: present(c => `${c('level')} = ${level}`),
  })),
  { name: 'score_sum', sql: value('score') },
  {
    name: 'with_target',
    sql: present(c => `${c('target_level')} is not null`),
  },
  {
    name: 'at_target',
    sql: present(c => `${c('level')} >= ${c('target_level')}`),
  },
  { name: 'evidence_answered', sql: value('evidence_answered') },
  { name: 'evidence_backed', sql: value('evidence_backed') },
];

export type TrendSums = Record<string, number>;

const zero = (): TrendSums =>
  Object.fromEntries(TREND_COLUMNS.map(c => [c.name, 0]));

/**
 * Marks, inside the transaction that does it, that a service left the
 * scorecard: the totals, which still hold its rows, are not used again
 * until the snapshot task sums them anew.
 */
export async function snapshotMembersChanged(tx: Knex) {
  await tx(META)
    .insert({ key: MEMBERS, value: randomUUID() })
    .onConflict('key')
    .merge();
}

const own: ColumnOf = c => `n.${c}`;

/** The sums of some services' rows of one day, as they stand in `tx`. */
async function sumsOf(tx: Knex, day: number, ids: number[]) {
  const row = await tx(`${SNAPSHOTS} as n`)
    .where('n.day', day)
    .whereIn('n.service_id', ids)
    .first(
      TREND_COLUMNS.map(c =>
        tx.raw(`coalesce(sum(${c.sql(own)}), 0) as ${c.name}`),
      ),
    );
  return Object.fromEntries(
    TREND_COLUMNS.map(c => [c.name, Number(row?.[c.name] ?? 0)]),
  );
}

/**
 * Keeps one day's totals while some services' rows of that day are
 * replaced, in the transaction that replaces them: `before` runs before the
 * old rows go, `after` once the new ones are in, and adds the difference.
 * The update adds to the stored figures, so writers of the same day on
 * other instances each add their own difference.
 */
export function dayTotalsKeeper(tx: Knex, day: number, ids: number[]) {
  let old: TrendSums = zero();
  return {
    before: async () => {
      old = await sumsOf(tx, day, ids);
    },
    after: async () => {
      const now = await sumsOf(tx, day, ids);
      await tx(SNAPSHOT_TOTALS)
        .insert({ day, ...zero() })
        .onConflict('day')
        .ignore();
      const changes = TREND_COLUMNS.filter(c => now[c.name] !== old[c.name]);
      if (changes.length === 0) return;
      await tx(SNAPSHOT_TOTALS)
        .where('day', day)
        .update(
          Object.fromEntries(
            changes.map(c => [
              c.name,
              tx.raw('?? + ?', [c.name, now[c.name] - old[c.name]]),
            ]),
          ),
        );
    },
  };
}

/**
 * The days' totals of every listed service, by day, when they hold the
 * services listed now; undefined when a service left the scorecard since
 * they were summed (the snapshot task sums them anew).
 */
export async function readTotals(
  db: Knex,
  days: number[],
): Promise<Map<number, TrendSums> | undefined> {
  const flags = await db(META).whereIn('key', [MEMBERS, SUMMED_FOR]);
  const flag = (key: string) =>
    flags.find((f: { key: string }) => f.key === key)?.value;
  const summedFor = flag(SUMMED_FOR);
  if (summedFor === undefined || summedFor !== (flag(MEMBERS) ?? NONE)) {
    return undefined;
  }
  if (days.length === 0) return new Map();
  const rows = await db(`${SNAPSHOT_TOTALS} as t`)
    .join(`${SNAPSHOT_DAYS} as d`, 'd.day', 't.day')
    .whereIn('t.day', days)
    .select('t.*');
  return new Map(
    rows.map((row: any) => [
      Number(row.day),
      Object.fromEntries(TREND_COLUMNS.map(c => [c.name, Number(row[c.name])])),
    ]),
  );
}

/**
 * Sums the totals of the written days from `fromDay` to `toDay` anew from
 * the rows of the services listed now. `today`'s row, which a submission
 * may be adding to meanwhile, is locked first, so no addition is lost.
 * When `members` is given, records that the totals now hold them.
 */
export async function sumTotals(
  db: Knex,
  fromDay: number,
  toDay: number,
  options: { today?: number; members?: boolean } = {},
): Promise<void> {
  await db.transaction(async tx => {
    const members = options.members
      ? (await tx(META).where('key', MEMBERS).first('value'))?.value ?? NONE
      : undefined;
    const { today } = options;
    if (today !== undefined && today <= toDay && !isSqlite(tx)) {
      // (SQLite runs one writer at a time.)
      await tx(SNAPSHOT_TOTALS)
        .insert({ day: today, ...zero() })
        .onConflict('day')
        .ignore();
      await tx(SNAPSHOT_TOTALS).where('day', today).forUpdate().first('day');
    }
    const series = await snapshotSeries(
      tx,
      () => tx(ENTITIES),
      fromDay,
      toDay,
      TREND_COLUMNS,
    );
    // Written over in place (not deleted and inserted): an addition
    // waiting on today's row then adds to the new figures.
    const rows = [...series].map(([day, sums]) => ({ day, ...sums }));
    for (let i = 0; i < rows.length; i += 200) {
      await tx(SNAPSHOT_TOTALS)
        .insert(rows.slice(i, i + 200))
        .onConflict('day')
        .merge();
    }
    if (members !== undefined) {
      await tx(META)
        .insert({ key: SUMMED_FOR, value: members })
        .onConflict('key')
        .merge();
    }
  });
}

/** Whether the totals hold the services listed now. */
export async function totalsCurrent(db: Knex): Promise<boolean> {
  return (await readTotals(db, [])) !== undefined;
}
