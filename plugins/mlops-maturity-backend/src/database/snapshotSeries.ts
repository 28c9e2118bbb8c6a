import { Knex } from 'knex';
import { cohortIds } from './snapshotCohort';
import { SNAPSHOT_DAYS, SNAPSHOTS } from './snapshotRows';

/**
 * The cohort's snapshot ids, as a common table expression: found once for
 * both parts of a run's rows (the first day's and the changed ones).
 */
const COHORT = 'series_cohort';

/** The snapshot columns a series can sum. */
const COLUMNS = [
  'day',
  'level',
  'score',
  'stale',
  'target_level',
  'evidence_answered',
  'evidence_backed',
  'assessed_day',
] as const;

/** A column of a row, as SQL. */
export type ColumnOf = (column: (typeof COLUMNS)[number]) => string;

/** A figure summed over the snapshot rows of a day. */
export interface SeriesColumn {
  name: string;
  /** SQL of the row's figure; 0 when the row is absent (its `day` is null). */
  sql: (column: ColumnOf) => string;
  bindings?: Knex.RawBinding[];
}

type Sums = Record<string, number>;

/**
 * The rows of the first day and the rows marked changed after it up to the
 * last, each with the service's row before it among them (`p_*`, null when
 * there is none). A row that did not change equals the service's last
 * changed row, so that one is the row of the day before.
 */
function changesOf(db: Knex, firstDay: number, lastDay: number) {
  const picked = COLUMNS.map(c => `n.${c}`);
  const ofCohort = () =>
    db(`${SNAPSHOTS} as n`).whereIn('n.service_id', db(COHORT).select('id'));
  const first = ofCohort()
    .where('n.day', firstDay)
    .select('n.service_id', ...picked);
  const changed = ofCohort()
    .where('n.changed', 1)
    .where('n.day', '>', firstDay)
    .where('n.day', '<=', lastDay)
    .select('n.service_id', ...picked);
  const lagged = COLUMNS.map(
    c =>
      `lag(u.${c}) over (partition by u.service_id order by u.day) as p_${c}`,
  ).join(', ');
  const a = first.toSQL();
  const b = changed.toSQL();
  return db.raw(
    `(select u.*, ${lagged} from (${a.sql} union all ${b.sql}) u) x`,
    [...a.bindings, ...b.bindings] as Knex.RawBinding[],
  );
}

/**
 * Sums `columns` over the snapshot rows of a cohort (see snapshotsOf) on
 * every written day from `fromDay` to `toDay`. Each unbroken run of written
 * days costs one pass over its first day and then only the rows marked
 * changed, each less the service's row before it, so the cost grows with
 * the changes, not with services × days.
 */
export async function snapshotSeries(
  db: Knex,
  cohort: () => Knex.QueryBuilder,
  fromDay: number,
  toDay: number,
  columns: SeriesColumn[],
): Promise<Map<number, Sums>> {
  const written: number[] = (
    await db(SNAPSHOT_DAYS)
      .whereBetween('day', [fromDay, toDay])
      .orderBy('day')
      .select('day')
  ).map((row: { day: number | string }) => Number(row.day));
  const series = new Map<number, Sums>();
  const runs: Array<[number, number]> = [];
  for (const day of written) {
    const run = runs[runs.length - 1];
    if (run && run[1] === day - 1) run[1] = day;
    else runs.push([day, day]);
  }
  const cur: ColumnOf = c => `x.${c}`;
  const prev: ColumnOf = c => `x.p_${c}`;
  for (const [firstDay, lastDay] of runs) {
    const rows = await db
      .with(COHORT, cohortIds(db, cohort()))
      .from(changesOf(db, firstDay, lastDay))
      .groupBy('x.day')
      .select(
        'x.day',
        ...columns.map(c =>
          db.raw(
            `coalesce(sum(${c.sql(cur)}), 0) - coalesce(sum(${c.sql(
              prev,
            )}), 0) as ${c.name}`,
            [...(c.bindings ?? []), ...(c.bindings ?? [])],
          ),
        ),
      );
    const byDay = new Map<number, any>(
      rows.map((r: any) => [Number(r.day), r]),
    );
    let state: Sums = Object.fromEntries(columns.map(c => [c.name, 0]));
    for (let day = firstDay; day <= lastDay; day++) {
      const add = byDay.get(day);
      const before = state;
      state = add
        ? Object.fromEntries(
            columns.map(c => [
              c.name,
              before[c.name] + Number(add[c.name] ?? 0),
            ]),
          )
        : before;
      series.set(day, state);
    }
  }
  return series;
}
