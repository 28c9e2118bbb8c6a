import { Knex } from 'knex';
import { snapshotsOf } from './snapshotCohort';
import { SNAPSHOT_DAYS, SNAPSHOTS } from './snapshotRows';

/** A figure summed over the snapshot rows of a day: SQL over the row's alias. */
export interface SeriesColumn {
  name: string;
  /** Never null for a row, 0 when the row is absent (a left join's nulls). */
  sql: (alias: string) => string;
  bindings?: Knex.RawBinding[];
}

type Sums = Record<string, number>;

/**
 * Sums `columns` over the snapshot rows of a cohort (see snapshotsOf) on
 * every written day from `fromDay` to `toDay`. Each unbroken run of written
 * days costs one pass over its first day and then only the rows marked
 * changed (against the service's row of the day before, which is
 * subtracted), so the cost grows with the changes, not with services × days.
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
  if (written.length === 0) return series;
  const starts = written.filter(
    (day, i) => i === 0 || written[i - 1] !== day - 1,
  );
  const sum = (alias: string) =>
    columns.map(c =>
      db.raw(
        `coalesce(sum(${c.sql(alias)}), 0) as ${c.name}`,
        c.bindings ?? [],
      ),
    );
  const bases = await snapshotsOf(db, cohort())
    .whereIn('n.day', starts)
    .groupBy('n.day')
    .select('n.day', ...sum('n'));
  const deltas = await snapshotsOf(db, cohort())
    .leftJoin(`${SNAPSHOTS} as p`, join =>
      join
        .on('p.service_id', 'n.service_id')
        .andOn('p.day', '=', db.raw('n.day - 1')),
    )
    .where('n.changed', 1)
    .where('n.day', '>', written[0])
    .where('n.day', '<=', written[written.length - 1])
    .groupBy('n.day')
    .select(
      'n.day',
      ...columns.map(c =>
        db.raw(
          `coalesce(sum(${c.sql('n')}), 0) - coalesce(sum(${c.sql(
            'p',
          )}), 0) as ${c.name}`,
          [...(c.bindings ?? []), ...(c.bindings ?? [])],
        ),
      ),
    );
  const byDay = (rows: any[]) =>
    new Map<number, any>(rows.map(row => [Number(row.day), row]));
  const baseOf = byDay(bases);
  const deltaOf = byDay(deltas);
  const zero = () => Object.fromEntries(columns.map(c => [c.name, 0]));
  let state: Sums = zero();
  const startSet = new Set(starts);
  for (const day of written) {
    const base = startSet.has(day) ? baseOf.get(day) : undefined;
    const delta = startSet.has(day) ? undefined : deltaOf.get(day);
    if (startSet.has(day)) state = zero();
    const add = base ?? delta;
    const before = state;
    state = add
      ? Object.fromEntries(
          columns.map(c => [c.name, before[c.name] + Number(add[c.name] ?? 0)]),
        )
      : before;
    series.set(day, state);
  }
  return series;
}
