import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { SearchRow } from './RowRestriction';
import { EntityIdentity } from './EntityIdentity';
import {
  ENTITIES,
  NO_HEADLINE,
  newDataVersion,
  SEARCH,
} from './scorecardTable';
import { snapshotMembersChanged } from './snapshotTotals';
import { copyHeadlines, copyLaggingHeadlines } from './headlineCopies';
import { SummaryRollupWriter, withSummaryRollups } from './SummaryRollupWriter';
import { MlServiceRecord, TargetMiss } from './scorecardTypes';
import {
  newTargetMisses,
  STANDING_COLUMNS,
  TargetStanding,
} from './targetStandings';

const searchHash = (rows: SearchRow[]) =>
  createHash('sha256').update(JSON.stringify(rows)).digest('hex');

function toEntityRow(record: MlServiceRecord) {
  const title = record.title ?? null;
  return {
    entity_ref: record.entityRef,
    entity_uid: record.entityUid,
    entity_etag: record.entityEtag ?? null,
    search_hash: searchHash(record.search),
    kind: record.kind,
    namespace: record.namespace,
    name: record.name,
    title,
    sort_name: (title ?? record.name).toLocaleLowerCase('en-US'),
    type: record.type,
    owner: record.owner,
    system: record.system,
    domain: record.domain,
    lifecycle: record.lifecycle,
    target_level: record.targetLevel,
    target_title: record.targetTitle,
    search_text: [record.name, title, record.owner]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase('en-US'),
  };
}

type EntityRow = ReturnType<typeof toEntityRow>;

/** A stored row as a write compares it: its catalog columns and where it stands against its target. */
type StoredRow = EntityRow & TargetStanding;

/** Whether the stored row already holds the catalog's values. */
const sameRow = (stored: EntityRow, wanted: EntityRow) =>
  (Object.keys(wanted) as Array<keyof EntityRow>).every(
    k => (stored[k] ?? null) === (wanted[k] ?? null),
  );

/** The catalog columns: a sync writes these, never the headline ones. */
const CATALOG_COLUMNS = [
  'entity_uid',
  'entity_etag',
  'search_hash',
  'kind',
  'namespace',
  'name',
  'title',
  'sort_name',
  'type',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'target_level',
  'target_title',
  'search_text',
];

/** What a write reads of the rows it may change. */
const COMPARED_COLUMNS = [
  'entity_ref',
  ...new Set([...CATALOG_COLUMNS, ...STANDING_COLUMNS]),
];

/** What a write of catalog rows did; `missedTargets` are the services it made miss their target. */
export interface CatalogRowChanges {
  added: number;
  updated: number;
  removed: number;
  missedTargets: TargetMiss[];
}

/**
 * The catalog's ML services as rows of the scorecard table, with their
 * catalog search rows: what the catalog sync and the visibility refresh
 * write. Every write gives the table's data a new version, which retires
 * the cached scorecard summaries and campaign progress on every instance.
 */
export class MlServiceCatalogStore {
  constructor(private readonly db: Knex) {}

  /** Rewrites the search rows of these entities (the rows of the others stay). */
  private async writeSearch(tx: Knex, records: MlServiceRecord[]) {
    const refs = records.map(r => r.entityRef);
    for (let i = 0; i < refs.length; i += 500) {
      await tx(SEARCH)
        .whereIn('entity_ref', refs.slice(i, i + 500))
        .delete();
    }
    const rows = records.flatMap(r =>
      r.search.map(({ key, value }) => ({
        entity_ref: r.entityRef,
        search_key: key,
        search_value: value,
      })),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await tx(SEARCH).insert(rows.slice(i, i + 500));
    }
  }

  /** Upserts rows; an entity whose uid changed loses the previous entity's headline. */
  private async upsertRows(
    tx: Knex,
    records: MlServiceRecord[],
    before: Map<string, EntityRow>,
  ) {
    const rows = records.map(toEntityRow);
    for (let i = 0; i < rows.length; i += 200) {
      await tx(ENTITIES)
        .insert(rows.slice(i, i + 200))
        .onConflict('entity_ref')
        .merge(CATALOG_COLUMNS);
    }
    const recreated = rows
      .filter(row => {
        const uid = before.get(row.entity_ref)?.entity_uid;
        return uid !== undefined && uid !== null && uid !== row.entity_uid;
      })
      .map(row => row.entity_ref);
    for (let i = 0; i < recreated.length; i += 500) {
      await tx(ENTITIES)
        .whereIn('entity_ref', recreated.slice(i, i + 500))
        .update(NO_HEADLINE);
    }
    // The previous entity's history leaves the scorecard's totals.
    if (recreated.length > 0) await snapshotMembersChanged(tx);
    const searchChanged = records.filter(
      (r, i) => before.get(r.entityRef)?.search_hash !== rows[i].search_hash,
    );
    await this.writeSearch(tx, searchChanged);
  }

  /**
   * SQLite keeps no statistics until asked, and without them picks the
   * wrong index for a filtered page (a walk of the whole score index for
   * one owner: 80 ms at 100,000 services, 0.2 ms with statistics). The
   * other databases gather their own.
   */
  private async refreshStatistics() {
    if (String(this.db.client.config.client).includes('sqlite')) {
      await this.db.raw(`analyze ${ENTITIES}`);
    }
  }

  /** Makes the table match the catalog: inserts, updates and deletes only what changed. */
  async replaceAll(records: MlServiceRecord[]): Promise<CatalogRowChanges> {
    const changes = await this.replaceRows(records);
    if (changes.added > 0 || changes.removed > 0) {
      await this.refreshStatistics();
    }
    return changes;
  }

  private async replaceRows(
    records: MlServiceRecord[],
  ): Promise<CatalogRowChanges> {
    const wanted = new Set(records.map(r => r.entityRef));
    return this.db.transaction(tx =>
      withSummaryRollups(tx, async rollups => {
        const existing: StoredRow[] = await tx(ENTITIES).select(
          COMPARED_COLUMNS,
        );
        const removed = existing
          .filter(row => !wanted.has(row.entity_ref))
          .map(row => row.entity_ref);
        return this.writeChanges(tx, rollups, records, removed, existing);
      }),
    );
  }

  /**
   * Writes the records that differ from their stored row and deletes the
   * removed refs; gives the data a new version when anything changed.
   * Reads back, of the rows written, those that now miss their target and
   * did not before.
   */
  private async writeChanges(
    tx: Knex,
    rollups: SummaryRollupWriter,
    records: MlServiceRecord[],
    removed: string[],
    existing: StoredRow[],
  ): Promise<CatalogRowChanges> {
    const existingByRef = new Map(existing.map(row => [row.entity_ref, row]));
    const changed = records.filter(record => {
      const before = existingByRef.get(record.entityRef);
      return !before || !sameRow(before, toEntityRow(record));
    });
    for (let i = 0; i < removed.length; i += 500) {
      const batch = removed.slice(i, i + 500);
      await rollups.track(batch, () =>
        tx(ENTITIES).whereIn('entity_ref', batch).delete(),
      );
      await tx(SEARCH).whereIn('entity_ref', batch).delete();
    }
    if (removed.length > 0) await snapshotMembersChanged(tx);
    await rollups.track(
      changed.map(r => r.entityRef),
      () => this.upsertRows(tx, changed, existingByRef),
    );
    await copyLaggingHeadlines(tx, rollups);
    await newDataVersion(tx);
    const added = changed.filter(r => !existingByRef.has(r.entityRef)).length;
    return {
      added,
      updated: changed.length - added,
      removed: removed.length,
      missedTargets: await newTargetMisses(
        tx,
        changed.map(r => r.entityRef),
        existingByRef,
      ),
    };
  }

  /** Each stored ML service's catalog uid and etag, by ref: what the visibility refresh compares. */
  async catalogEtags(): Promise<
    Map<string, { entityUid: string | null; entityEtag: string | null }>
  > {
    const rows: Array<{
      entity_ref: string;
      entity_uid: string | null;
      entity_etag: string | null;
    }> = await this.db(ENTITIES).select(
      'entity_ref',
      'entity_uid',
      'entity_etag',
    );
    return new Map(
      rows.map(r => [
        r.entity_ref,
        { entityUid: r.entity_uid, entityEtag: r.entity_etag },
      ]),
    );
  }

  /**
   * Writes these ML services (added or changed in the catalog) and deletes
   * the removed refs, leaving every other row as it is; as `replaceAll`, it
   * writes only rows that differ and retires the cached summaries.
   */
  async replaceSome(
    records: MlServiceRecord[],
    removed: string[],
  ): Promise<CatalogRowChanges> {
    if (records.length === 0 && removed.length === 0) {
      return { added: 0, updated: 0, removed: 0, missedTargets: [] };
    }
    const refs = records.map(r => r.entityRef);
    const changes = await this.db.transaction(tx =>
      withSummaryRollups(tx, async rollups => {
        const existing: StoredRow[] = [];
        for (let i = 0; i < refs.length; i += 500) {
          existing.push(
            ...(await tx(ENTITIES)
              .whereIn('entity_ref', refs.slice(i, i + 500))
              .select(COMPARED_COLUMNS)),
          );
        }
        return this.writeChanges(tx, rollups, records, removed, existing);
      }),
    );
    if (changes.added > 0 || changes.removed > 0) {
      await this.refreshStatistics();
    }
    return changes;
  }

  /**
   * Adds or refreshes one ML service, e.g. when its assessment is written;
   * returns it when this made it miss its target (see `replaceAll`).
   */
  async upsert(record: MlServiceRecord): Promise<TargetMiss[]> {
    return this.db.transaction(tx =>
      withSummaryRollups(tx, async rollups => {
        const before: StoredRow | undefined = await tx(ENTITIES)
          .where('entity_ref', record.entityRef)
          .first(COMPARED_COLUMNS);
        const stored = new Map(before ? [[before.entity_ref, before]] : []);
        await rollups.track([record.entityRef], async () => {
          await this.upsertRows(tx, [record], stored);
          await copyHeadlines(tx, [record.entityRef]);
        });
        await newDataVersion(tx);
        return newTargetMisses(tx, [record.entityRef], stored);
      }),
    );
  }

  /** The target stored on a service's row; null without a target or a row. */
  async storedTarget(
    entityRef: string,
  ): Promise<{ level: number; title: string | null } | null> {
    const row = await this.db(ENTITIES)
      .where('entity_ref', entityRef)
      .first('target_level', 'target_title');
    if (!row || row.target_level === null) return null;
    return { level: Number(row.target_level), title: row.target_title };
  }

  /** Every ML service with its uid and owner, in entity ref order. */
  async listServices(): Promise<
    Array<EntityIdentity & { owner: string | null }>
  > {
    const rows = await this.db(ENTITIES)
      .orderBy('entity_ref')
      .select('entity_ref', 'entity_uid', 'owner');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      entityUid: row.entity_uid ?? '',
      owner: row.owner,
    }));
  }
}
