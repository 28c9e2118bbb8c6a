import { Knex } from 'knex';
import { ENTITIES, REVISIONS } from './scorecardTable';
import {
  DAY_MS,
  dayOf,
  SNAPSHOT_DAYS,
  SNAPSHOT_SERVICES,
  shownBy,
  SNAPSHOTS,
  SnapshotRow,
  snapshotRow,
} from './snapshotRows';
import { insertRows } from './snapshotInserts';
import { currentSource, LISTED_COLUMNS, ListedRow } from './snapshotListed';
import {
  dayTotalsKeeper,
  SNAPSHOT_TOTALS,
  sumTotals,
  totalsCurrent,
} from './snapshotTotals';

/** Services read at once when writing one day. */
const SERVICE_PAGE = 1000;
/**
 * Rows built (and written in one transaction) at once when filling days
 * from revisions: each page touches every day of the primary key, so fewer,
 * larger pages write faster (10,000 x 20 on PostgreSQL: 90.6 s at 50,000,
 * 67.6 s at 200,000, 83.0 s at 600,000; SQLite 64.5 s and 43.1 s).
 */
const FILL_ROWS = 200_000;

/**
 * The daily snapshots of the ML services listed on the scorecard (see the
 * snapshots migration): today's written from the scorecard table, missed
 * and past days filled from the stored revisions, old days pruned. Every
 * write replaces the rows it covers, so running it again changes nothing.
 */
export class SnapshotStore {
  constructor(private readonly db: Knex) {}

  /**
   * Writes `day` for the listed services (those of `refs` only, when
   * given) as the scorecard shows them now; returns the rows written.
   */
  async writeDay(
    day: number,
    staleBefore: Date,
    refs?: string[],
  ): Promise<number> {
    let written = 0;
    for await (const page of this.listedPages(SERVICE_PAGE, refs)) {
      const rows = page.map(row =>
        snapshotRow(day, currentSource(row), staleBefore),
      );
      written += await this.replace(page, day, day, rows);
    }
    return written;
  }

  /**
   * Writes the days `fromDay` to `toDay` for the services listed now, from
   * their stored revisions: each day shows the latest revision made by its
   * end (none: not assessed), stale as of its end; the evidence figures
   * and the target are today's, evidence only on the revision measured.
   */
  async fillFromRevisions(
    fromDay: number,
    toDay: number,
    staleAfterDays: number,
  ): Promise<number> {
    if (toDay < fromDay) return 0;
    const days = toDay - fromDay + 1;
    const pageSize = Math.max(1, Math.floor(FILL_ROWS / days));
    let written = 0;
    for await (const page of this.listedPages(pageSize)) {
      const revisions = await this.revisionsOf(page, toDay);
      const rows: SnapshotRow[] = [];
      for (const service of page) {
        const own =
          revisions.get(`${service.entity_ref}\n${service.entity_uid}`) ?? [];
        const source = currentSource(service);
        let next = 0;
        for (let day = fromDay; day <= toDay; day++) {
          const dayEnd = (day + 1) * DAY_MS;
          while (next < own.length && own[next].at < dayEnd) next++;
          const shown = next > 0 ? own[next - 1] : undefined;
          rows.push(
            snapshotRow(
              day,
              {
                ...source,
                shown: shown && {
                  revision: Number(shown.revision),
                  level: Number(shown.level),
                  score: Number(shown.score),
                  gatedLevel: Number(shown.gated_level),
                  createdAt: shown.at,
                },
              },
              new Date(dayEnd - staleAfterDays * DAY_MS),
            ),
          );
        }
      }
      written += await this.replace(page, fromDay, toDay, rows);
    }
    return written;
  }

  /**
   * Sums the per-day totals of the days from `fromDay` to `toDay` anew (see
   * snapshotTotals); with `members`, also records that they hold the
   * services listed now.
   */
  async sumTotals(
    fromDay: number,
    toDay: number,
    options: { today?: number; members?: boolean } = {},
  ): Promise<void> {
    await sumTotals(this.db, fromDay, toDay, options);
  }

  /** Whether the per-day totals hold the services listed now. */
  async totalsCurrent(): Promise<boolean> {
    return totalsCurrent(this.db);
  }

  /** The first day written, if any. */
  async firstDay(): Promise<number | undefined> {
    const row = await this.db(SNAPSHOT_DAYS).min({ day: 'day' }).first();
    return row?.day === null || row?.day === undefined
      ? undefined
      : Number(row.day);
  }

  /** The last day written, if any. */
  async lastDay(): Promise<number | undefined> {
    const row = await this.db(SNAPSHOTS).max({ day: 'day' }).first();
    return row?.day === null || row?.day === undefined
      ? undefined
      : Number(row.day);
  }

  /** The day of the first stored revision of a listed service, if any. */
  async firstRevisionDay(): Promise<number | undefined> {
    const row = await this.db(`${REVISIONS} as r`)
      .join(`${ENTITIES} as e`, join =>
        join
          .on('e.entity_ref', 'r.entity_ref')
          .andOn('e.entity_uid', 'r.entity_uid'),
      )
      .min({ at: 'r.created_at' })
      .first();
    return row?.at === null || row?.at === undefined
      ? undefined
      : dayOf(row.at);
  }

  /** Deletes the days before `day`; returns the rows deleted. */
  async pruneBefore(day: number): Promise<number> {
    await this.db(SNAPSHOT_DAYS).where('day', '<', day).delete();
    await this.db(SNAPSHOT_TOTALS).where('day', '<', day).delete();
    return this.db(SNAPSHOTS).where('day', '<', day).delete();
  }

  /** How many rows there are (for logs and tests). */
  async count(): Promise<number> {
    const row = await this.db(SNAPSHOTS).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  /**
   * Replaces the page's rows of the days `fromDay` to `toDay` with `rows`
   * (each service's in day order), marking which changed from the day
   * before, and marks the day after again against the new rows.
   */
  private async replace(
    page: ListedRow[],
    fromDay: number,
    toDay: number,
    rows: SnapshotRow[],
  ): Promise<number> {
    const ids = page.map(p => Number(p.service_id));
    await this.db.transaction(async tx => {
      // One day (today's, as a run or a submission writes it) keeps its
      // totals as it goes; a fill of past days has them summed afterwards.
      const totals =
        fromDay === toDay ? dayTotalsKeeper(tx, fromDay, ids) : undefined;
      await totals?.before();
      const before = await this.shownOn(tx, fromDay - 1, ids);
      for (const row of rows) {
        const shown = shownBy(row);
        row.changed = before.get(row.service_id) === shown ? 0 : 1;
        before.set(row.service_id, shown);
      }
      await tx(SNAPSHOTS)
        .whereBetween('day', [fromDay, toDay])
        .whereIn('service_id', ids)
        .delete();
      await insertRows(tx, rows);
      await this.markAgain(tx, toDay + 1, before);
      await totals?.after();
      const days = [];
      for (let day = fromDay; day <= toDay; day++) days.push({ day });
      for (let i = 0; i < days.length; i += 400) {
        await tx(SNAPSHOT_DAYS)
          .insert(days.slice(i, i + 400))
          .onConflict('day')
          .ignore();
      }
    });
    return rows.length;
  }

  /** What each of the services' rows of `day` shows, by service id. */
  private async shownOn(tx: Knex, day: number, ids: number[]) {
    const rows = await tx(SNAPSHOTS)
      .where('day', day)
      .whereIn('service_id', ids);
    return new Map<number, string>(
      rows.map((row: SnapshotRow) => [Number(row.service_id), shownBy(row)]),
    );
  }

  /** Marks the rows of `day` against what the day before now shows. */
  private async markAgain(tx: Knex, day: number, before: Map<number, string>) {
    const after = await tx(SNAPSHOTS)
      .where('day', day)
      .whereIn('service_id', [...before.keys()]);
    const flips = new Map<number, number[]>([
      [0, []],
      [1, []],
    ]);
    for (const row of after as SnapshotRow[]) {
      const changed =
        before.get(Number(row.service_id)) === shownBy(row) ? 0 : 1;
      if (changed !== Number(row.changed)) {
        flips.get(changed)!.push(Number(row.service_id));
      }
    }
    for (const [changed, ids] of flips) {
      if (ids.length === 0) continue;
      await tx(SNAPSHOTS)
        .where('day', day)
        .whereIn('service_id', ids)
        .update({ changed });
    }
  }

  /** The revisions of a page of services made before the end of `toDay`, oldest first. */
  private async revisionsOf(page: ListedRow[], toDay: number) {
    const found = await this.db(REVISIONS)
      .whereIn(
        ['entity_ref', 'entity_uid'],
        page.map(p => [p.entity_ref, p.entity_uid]),
      )
      .where('created_at', '<', new Date((toDay + 1) * DAY_MS))
      .orderBy([
        { column: 'entity_ref' },
        { column: 'entity_uid' },
        { column: 'revision' },
      ])
      .select(
        'entity_ref',
        'entity_uid',
        'revision',
        'level',
        'score',
        'gated_level',
        'created_at',
      );
    const byService = new Map<string, Array<any>>();
    for (const row of found) {
      const key = `${row.entity_ref}\n${row.entity_uid}`;
      const list = byService.get(key) ?? [];
      list.push({ ...row, at: dayMs(row.created_at) });
      byService.set(key, list);
    }
    return byService;
  }

  /** The listed services with their snapshot ids, a page at a time by ref. */
  private async *listedPages(
    size: number,
    refs?: string[],
  ): AsyncGenerator<ListedRow[]> {
    await this.giveIds(refs);
    let after = '';
    for (;;) {
      const q = this.db(`${ENTITIES} as e`)
        .join(`${SNAPSHOT_SERVICES} as s`, join =>
          join
            .on('s.entity_ref', 'e.entity_ref')
            .andOn('s.entity_uid', 'e.entity_uid'),
        )
        .where('e.entity_ref', '>', after)
        .orderBy('e.entity_ref')
        .limit(size)
        .select(LISTED_COLUMNS);
      if (refs) q.whereIn('e.entity_ref', refs);
      const page: ListedRow[] = await q;
      if (page.length === 0) return;
      yield page;
      if (page.length < size) return;
      after = page[page.length - 1].entity_ref;
    }
  }

  /** Gives each listed service (of `refs`, when given) that has none a snapshot id. */
  private async giveIds(refs?: string[]) {
    const missing = this.db(`${ENTITIES} as e`)
      .whereNotExists(q =>
        q
          .select(this.db.raw('1'))
          .from(`${SNAPSHOT_SERVICES} as s`)
          .whereRaw(
            's.entity_ref = e.entity_ref and s.entity_uid = e.entity_uid',
          ),
      )
      .select('e.entity_ref', 'e.entity_uid');
    if (refs) missing.whereIn('e.entity_ref', refs);
    const { sql, bindings } = missing.toSQL();
    await this.db.raw(
      `insert into ${SNAPSHOT_SERVICES} (entity_ref, entity_uid) ${sql}`,
      bindings as Knex.RawBinding[],
    );
  }
}

/** A stored timestamp in epoch milliseconds. */
function dayMs(value: Date | number | string): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}
