import {
  Campaign,
  CampaignHistoryResponse,
  CampaignProgress,
  CampaignScope,
  MaturityLevelNumber,
  ScorecardPageResponse,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardRow,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createHash, randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { SearchRow } from '../visibility/entitySearchRows';
import { Visibility } from '../visibility/ScorecardVisibility';
import { EntityIdentity } from './EntityIdentity';
import { toIsoString } from './rows';
import { isStale } from '../service/staleness';
import { ScorecardSummaryCache } from './ScorecardSummaryCache';
import { summarize } from './scorecardRollups';

const ENTITIES = 'mlops_maturity_entities';
const CURRENT = 'mlops_maturity_current';
const SEARCH = 'mlops_maturity_entity_search';
const REVISIONS = 'mlops_maturity_revisions';
const VERSION = 'mlops_maturity_scorecard_version';
const MINUTE_MS = 60_000;

/** An ML service as the catalog describes it, flattened for the scorecard. */
export type MlServiceRecord = Pick<
  ScorecardRow,
  | 'entityRef'
  | 'kind'
  | 'namespace'
  | 'name'
  | 'title'
  | 'type'
  | 'owner'
  | 'system'
  | 'domain'
  | 'lifecycle'
  | 'targetLevel'
  | 'targetTitle'
> & {
  /** The catalog entity's metadata.uid. */
  entityUid: string;
  /** The catalog entity's metadata.etag: the visibility refresh rewrites a row when it differs. */
  entityEtag?: string | null;
  /** The entity's catalog search rows, for conditional read decisions. */
  search: SearchRow[];
};

/** What of a campaign its scope and done filters need. */
export type CampaignFilter = Pick<
  Campaign,
  'id' | 'scope' | 'goal' | 'startsAt'
>;

/**
 * Filters, sort and paging after validation; every field is set. A campaign
 * named by id in the request is resolved to its scope and goal.
 */
export type ResolvedScorecardQuery = Required<
  Pick<ScorecardQuery, 'limit' | 'offset' | 'orderBy' | 'order'>
> &
  Omit<
    ScorecardQuery,
    'limit' | 'offset' | 'orderBy' | 'order' | 'campaign'
  > & {
    campaign?: CampaignFilter;
  };

/** The filters of a scorecard query, without sort or paging. */
export type ScorecardFilters = Omit<
  ResolvedScorecardQuery,
  'limit' | 'offset' | 'orderBy' | 'order'
>;

const DAY_MS = 24 * 60 * MINUTE_MS;

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

/** The current-revision columns the scorecard copies from mlops_maturity_current. */
export const HEADLINE_COLUMNS = [
  'revision',
  'score',
  'level',
  'gated_level',
  'weakest_dimension',
  'raises_to_next',
  'updated_at',
  'updated_by',
] as const;

/** The evidence measurement of a service's current answers (see the evidence_share migration). */
const EVIDENCE_COLUMNS = [
  'evidence_answered',
  'evidence_backed',
  'evidence_share',
  'evidence_higher',
  'evidence_revision',
  'evidence_measured_at',
  'evidence_fingerprint',
] as const;

/** A revision not measured yet: its previous revision's figures no longer apply. */
const NOT_MEASURED = Object.fromEntries(
  EVIDENCE_COLUMNS.map(column => [column, null]),
);

/** The headline columns of an entity that has no assessment. */
const NO_HEADLINE = Object.fromEntries([
  ['assessed', 0],
  ...HEADLINE_COLUMNS.map(column => [column, null]),
  ...EVIDENCE_COLUMNS.map(column => [column, null]),
]);

/**
 * How a service's current answers stand against its evidence (from the
 * common `evidenceBacking`), for the revision they were measured on.
 */
export interface EvidenceMeasurement extends EntityIdentity {
  revision: number;
  answered: number;
  backed: number;
  higher: number;
  /** What the figures follow from (see `EvidenceMeasurer`); a later measurement with the same one can be skipped. */
  fingerprint: string;
}

/**
 * Copies the current revision's numbers onto the scorecard rows that lag
 * behind their entity's current revision, e.g. rows the sync has just added.
 * Forward only: a newer revision written meanwhile by a submission is never
 * overwritten. Correlated subqueries, so that it runs on every database.
 */
async function copyHeadlines(db: Knex, entityRef?: string) {
  const current = (columns: string) =>
    `select ${columns} from ${CURRENT} c where c.entity_ref = ${ENTITIES}.entity_ref and c.entity_uid = ${ENTITIES}.entity_uid`;
  const assignments = HEADLINE_COLUMNS.map(
    column => `${column} = (${current(`c.${column}`)})`,
  );
  // The copied revision is not measured yet: the sync measures it next.
  const unmeasured = EVIDENCE_COLUMNS.map(column => `${column} = null`);
  await db.raw(
    `update ${ENTITIES} set assessed = 1, ${[
      ...assignments,
      ...unmeasured,
    ].join(', ')}
     where exists (${current(
       '1',
     )} and c.revision > coalesce(${ENTITIES}.revision, 0))
       ${entityRef ? `and ${ENTITIES}.entity_ref = ?` : ''}`,
    entityRef ? [entityRef] : [],
  );
}

/** A row's target, and whether its current level meets it. */
function targetOf(
  row: {
    target_level: number | string | null;
    target_title: string | null;
    level: number | string | null;
  },
  assessed: boolean,
): Pick<ScorecardRow, 'targetLevel' | 'targetTitle' | 'targetMet'> {
  if (row.target_level === null) {
    return { targetLevel: null, targetTitle: null, targetMet: null };
  }
  const targetLevel = Number(row.target_level) as MaturityLevelNumber;
  return {
    targetLevel,
    targetTitle: row.target_title,
    targetMet: assessed && Number(row.level) >= targetLevel,
  };
}

/**
 * Where a service meets a campaign's goal, as SQL over the scorecard table:
 * assessed at the goal's level or above, or (reassess) last assessed at or
 * after the campaign's start. Never null, so that `not` selects the rest.
 */
function doneCondition(campaign: CampaignFilter): [string, Knex.RawBinding[]] {
  return campaign.goal.kind === 'level'
    ? ['(assessed = 1 and coalesce(level, -1) >= ?)', [campaign.goal.level]]
    : [
        '(assessed = 1 and updated_at is not null and updated_at >= ?)',
        [new Date(campaign.startsAt)],
      ];
}

/**
 * Writes evidence measurements in one statement, each row only while it is
 * still at the measured revision: an update joined to the measurements as a
 * derived table (one statement per row cost 5.5 s for 8,000 rows on
 * PostgreSQL). Returns how many rows it wrote.
 */
async function writeEvidence(
  tx: Knex,
  updates: EvidenceMeasurement[],
  measuredAt: Date,
): Promise<number> {
  const client = String(tx.client.config.client);
  const mysql = client.includes('mysql');
  const row = mysql
    ? 'select ? as entity_ref, ? as entity_uid, ? as revision, ? as answered, ? as backed, ? as share, ? as higher, ? as fingerprint'
    : '(cast(? as varchar(255)), cast(? as varchar(255)), cast(? as integer), cast(? as integer), cast(? as integer), cast(? as double precision), cast(? as integer), cast(? as varchar(64)))';
  const bindings = updates.flatMap(m => [
    m.entityRef,
    m.entityUid,
    m.revision,
    m.answered,
    m.backed,
    m.answered > 0 ? m.backed / m.answered : null,
    m.higher,
    m.fingerprint,
  ]);
  const rows = updates.map(() => row);
  const match =
    'e.entity_ref = v.entity_ref and e.entity_uid = v.entity_uid and e.revision = v.revision';
  const set = (target: string) =>
    [
      `${target}evidence_answered = v.answered`,
      `${target}evidence_backed = v.backed`,
      `${target}evidence_share = v.share`,
      `${target}evidence_higher = v.higher`,
      `${target}evidence_revision = v.revision`,
      `${target}evidence_fingerprint = v.fingerprint`,
      `${target}evidence_measured_at = ?`,
    ].join(', ');
  if (mysql) {
    const [result] = await tx.raw(
      `update ${ENTITIES} e join (${rows.join(
        ' union all ',
      )}) v on ${match} set ${set('e.')}`,
      [...bindings, measuredAt],
    );
    return Number(result?.affectedRows ?? 0);
  }
  // PostgreSQL, and SQLite from 3.33: update ... from a named values list.
  const result = await tx.raw(
    `with v (entity_ref, entity_uid, revision, answered, backed, share, higher, fingerprint) as (values ${rows.join(
      ', ',
    )})
     update ${ENTITIES} as e set ${set('')} from v where ${match}`,
    [...bindings, measuredAt],
  );
  return Number(result?.rowCount ?? result?.changes ?? 0);
}

/** LIKE with `!` as the escape character: a backslash means different things in MySQL string literals. */
const escapeLike = (text: string) => text.replace(/[!%_]/g, c => `!${c}`);

const ROW_COLUMNS = [
  'entity_ref',
  'kind',
  'namespace',
  'name',
  'title',
  'type',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'target_level',
  'target_title',
  'assessed',
  'revision',
  'score',
  'level',
  'gated_level',
  'weakest_dimension',
  'raises_to_next',
  'updated_at',
  'updated_by',
  'evidence_answered',
  'evidence_backed',
  'evidence_share',
  'evidence_higher',
];

/** A row's evidence figures, null throughout until its revision is measured. */
function evidenceOf(
  row: any,
  assessed: boolean,
): Pick<
  ScorecardRow,
  | 'evidenceShare'
  | 'evidenceBackedCount'
  | 'evidenceAnsweredCount'
  | 'evidenceSuggestsHigherCount'
> {
  const measured = assessed && row.evidence_answered !== null;
  const count = (value: unknown) => (measured ? Number(value) : null);
  return {
    evidenceShare:
      measured && row.evidence_share !== null
        ? Number(row.evidence_share)
        : null,
    evidenceBackedCount: count(row.evidence_backed),
    evidenceAnsweredCount: count(row.evidence_answered),
    evidenceSuggestsHigherCount: count(row.evidence_higher),
  };
}

/**
 * The catalog's ML services with a copy of their current assessment's
 * numbers and their catalog search rows: the org-wide scorecard, filtered,
 * sorted and paged in the database.
 */
export class MlServiceStore {
  private readonly summaries = new ScorecardSummaryCache();
  private readonly progress = new ScorecardSummaryCache<CampaignProgress>();

  constructor(private readonly db: Knex) {}

  /**
   * Gives the table's data a new version, inside the transaction that
   * changes it: summaries computed from the previous data, on any instance,
   * are no longer used.
   */
  private async newDataVersion(tx: Knex) {
    await tx(VERSION)
      .insert({ id: 1, version: randomUUID() })
      .onConflict('id')
      .merge();
  }

  /** The version of the table's data ('' until the first write). */
  private async dataVersion(): Promise<string> {
    const row = await this.db(VERSION).where('id', 1).first('version');
    return row?.version ?? '';
  }

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
  async replaceAll(
    records: MlServiceRecord[],
  ): Promise<{ added: number; updated: number; removed: number }> {
    const changes = await this.replaceRows(records);
    if (changes.added > 0 || changes.removed > 0) {
      await this.refreshStatistics();
    }
    return changes;
  }

  private async replaceRows(
    records: MlServiceRecord[],
  ): Promise<{ added: number; updated: number; removed: number }> {
    const wanted = new Set(records.map(r => r.entityRef));
    return this.db.transaction(async tx => {
      const existing: EntityRow[] = await tx(ENTITIES).select([
        'entity_ref',
        ...CATALOG_COLUMNS,
      ]);
      const removed = existing
        .filter(row => !wanted.has(row.entity_ref))
        .map(row => row.entity_ref);
      return this.writeChanges(tx, records, removed, existing);
    });
  }

  /**
   * Writes the records that differ from their stored row and deletes the
   * removed refs; gives the data a new version when anything changed.
   */
  private async writeChanges(
    tx: Knex,
    records: MlServiceRecord[],
    removed: string[],
    existing: EntityRow[],
  ): Promise<{ added: number; updated: number; removed: number }> {
    const existingByRef = new Map(existing.map(row => [row.entity_ref, row]));
    const changed = records.filter(record => {
      const before = existingByRef.get(record.entityRef);
      return !before || !sameRow(before, toEntityRow(record));
    });
    for (let i = 0; i < removed.length; i += 500) {
      const batch = removed.slice(i, i + 500);
      await tx(ENTITIES).whereIn('entity_ref', batch).delete();
      await tx(SEARCH).whereIn('entity_ref', batch).delete();
    }
    await this.upsertRows(tx, changed, existingByRef);
    await copyHeadlines(tx);
    await this.newDataVersion(tx);
    const added = changed.filter(r => !existingByRef.has(r.entityRef)).length;
    return { added, updated: changed.length - added, removed: removed.length };
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
  ): Promise<{ added: number; updated: number; removed: number }> {
    if (records.length === 0 && removed.length === 0) {
      return { added: 0, updated: 0, removed: 0 };
    }
    const refs = records.map(r => r.entityRef);
    const changes = await this.db.transaction(async tx => {
      const existing: EntityRow[] = [];
      for (let i = 0; i < refs.length; i += 500) {
        existing.push(
          ...(await tx(ENTITIES)
            .whereIn('entity_ref', refs.slice(i, i + 500))
            .select(['entity_ref', ...CATALOG_COLUMNS])),
        );
      }
      return this.writeChanges(tx, records, removed, existing);
    });
    if (changes.added > 0 || changes.removed > 0) {
      await this.refreshStatistics();
    }
    return changes;
  }

  /** Adds or refreshes one ML service, e.g. when its assessment is written. */
  async upsert(record: MlServiceRecord): Promise<void> {
    await this.db.transaction(async tx => {
      const before: EntityRow | undefined = await tx(ENTITIES)
        .where('entity_ref', record.entityRef)
        .first(['entity_ref', ...CATALOG_COLUMNS]);
      await this.upsertRows(
        tx,
        [record],
        new Map(before ? [[before.entity_ref, before]] : []),
      );
      await copyHeadlines(tx, record.entityRef);
      await this.newDataVersion(tx);
    });
  }

  /**
   * Sets the headline of the entity's row (if the sync has listed the entity
   * yet; otherwise the sync copies it), inside the caller's transaction.
   */
  async setHeadline(
    tx: Knex.Transaction,
    id: EntityIdentity,
    headline: Record<(typeof HEADLINE_COLUMNS)[number], unknown>,
  ): Promise<void> {
    await tx(ENTITIES)
      .where({ entity_ref: id.entityRef, entity_uid: id.entityUid })
      .update({ assessed: 1, ...headline, ...NOT_MEASURED });
    await this.newDataVersion(tx);
  }

  /**
   * Stores evidence measurements, each only while its service's row is still
   * at the revision measured (a submission meanwhile measures its own), and
   * only where a figure changed. Returns how many rows changed.
   */
  async setEvidence(
    measurements: EvidenceMeasurement[],
    measuredAt: Date,
  ): Promise<number> {
    let changed = 0;
    for (let i = 0; i < measurements.length; i += 500) {
      const batch = measurements.slice(i, i + 500);
      const stored = new Map<string, any>(
        (
          await this.db(ENTITIES)
            .whereIn(
              'entity_ref',
              batch.map(m => m.entityRef),
            )
            .select(
              'entity_ref',
              'entity_uid',
              'revision',
              'evidence_answered',
              'evidence_backed',
              'evidence_higher',
              'evidence_revision',
              'evidence_fingerprint',
            )
        ).map(row => [row.entity_ref, row]),
      );
      const updates = batch.filter(m => {
        const row = stored.get(m.entityRef);
        return (
          row !== undefined &&
          row.entity_uid === m.entityUid &&
          Number(row.revision) === m.revision &&
          !(
            Number(row.evidence_revision) === m.revision &&
            row.evidence_answered !== null &&
            Number(row.evidence_answered) === m.answered &&
            Number(row.evidence_backed) === m.backed &&
            Number(row.evidence_higher) === m.higher &&
            row.evidence_fingerprint === m.fingerprint
          )
        );
      });
      if (updates.length === 0) continue;
      changed += await this.db.transaction(async tx => {
        const written = await writeEvidence(tx, updates, measuredAt);
        await this.newDataVersion(tx);
        return written;
      });
    }
    return changed;
  }

  /** The stored evidence fingerprint of each of these services that has one, by entity ref. */
  async evidenceFingerprints(
    ids: EntityIdentity[],
  ): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const uidOf = new Map(batch.map(id => [id.entityRef, id.entityUid]));
      const rows = await this.db(ENTITIES)
        .whereIn('entity_ref', [...uidOf.keys()])
        .whereNotNull('evidence_fingerprint')
        .select('entity_ref', 'entity_uid', 'evidence_fingerprint');
      for (const row of rows) {
        if (uidOf.get(row.entity_ref) === row.entity_uid) {
          found.set(row.entity_ref, row.evidence_fingerprint);
        }
      }
    }
    return found;
  }

  /** Sets the raises to the next level of a row still at that revision, inside the caller's transaction. */
  async setRaisesToNextLevel(
    tx: Knex.Transaction,
    id: EntityIdentity,
    revision: number,
    raises: number,
  ): Promise<void> {
    await tx(ENTITIES)
      .where({
        entity_ref: id.entityRef,
        entity_uid: id.entityUid,
        revision,
      })
      .update({ raises_to_next: raises });
    await this.newDataVersion(tx);
  }

  /** Shows the ref (with that uid, when given) as not assessed, inside the caller's transaction. */
  async clearHeadline(
    tx: Knex.Transaction,
    entityRef: string,
    entityUid?: string,
  ): Promise<void> {
    await tx(ENTITIES)
      .where('entity_ref', entityRef)
      .modify(q => {
        if (entityUid !== undefined) q.where('entity_uid', entityUid);
      })
      .update(NO_HEADLINE);
    await this.newDataVersion(tx);
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

  /** Narrows to the services a scope (a campaign's, or type and tag filters) covers. */
  private scoped(q: Knex.QueryBuilder, scope: CampaignScope) {
    const lowered = (values: string[]) =>
      values.map(v => v.toLocaleLowerCase('en-US'));
    if (scope.owner?.length) q.whereIn('owner', lowered(scope.owner));
    if (scope.system?.length) q.whereIn('system', lowered(scope.system));
    if (scope.domain?.length) q.whereIn('domain', lowered(scope.domain));
    const lowerIn = (column: string, values: string[]) =>
      q.whereRaw(
        `lower(${column}) in (${values.map(() => '?').join(', ')})`,
        lowered(values),
      );
    if (scope.lifecycle?.length) lowerIn('lifecycle', scope.lifecycle);
    if (scope.type?.length) lowerIn('type', scope.type);
    if (scope.tag?.length) {
      const tags = lowered(scope.tag);
      q.whereExists(inner =>
        inner
          .select(this.db.raw('1'))
          .from(`${SEARCH} as tags`)
          .whereRaw(`tags.entity_ref = ${ENTITIES}.entity_ref`)
          .where('tags.search_key', 'metadata.tags')
          .whereIn('tags.search_value', tags),
      );
    }
    return q;
  }

  private filtered(
    query: ScorecardFilters,
    staleBefore: Date,
    visibility: Visibility,
  ) {
    const q = this.db(ENTITIES);
    if (visibility.kind === 'none') q.whereRaw('1 = 0');
    if (visibility.kind === 'restricted') visibility.restrict(q);
    this.scoped(q, { type: query.type, tag: query.tag });
    if (query.campaign) {
      this.scoped(q, query.campaign.scope);
      if (query.campaignDone !== undefined) {
        const [done, bindings] = doneCondition(query.campaign);
        if (query.campaignDone) q.whereRaw(done, bindings);
        else q.whereRaw(`not ${done}`, bindings);
      }
    }
    if (query.owner?.length) q.whereIn('owner', query.owner);
    if (query.system?.length) q.whereIn('system', query.system);
    if (query.domain?.length) q.whereIn('domain', query.domain);
    if (query.lifecycle?.length) q.whereIn('lifecycle', query.lifecycle);
    if (query.level?.length) q.whereIn('level', query.level);
    if (query.assessed !== undefined)
      q.where('assessed', query.assessed ? 1 : 0);
    if (query.stale === true) q.where('updated_at', '<', staleBefore);
    if (query.stale === false) {
      q.where(inner =>
        inner.where('assessed', 0).orWhere('updated_at', '>=', staleBefore),
      );
    }
    // A service meets its target when assessed at the target's level or
    // above; the unassessed have a null level and so are below it.
    if (query.belowTarget === true) {
      q.whereNotNull('target_level').where(inner =>
        inner.whereNull('level').orWhereRaw('level < target_level'),
      );
    }
    if (query.belowTarget === false) {
      q.where(inner =>
        inner.whereNull('target_level').orWhereRaw('level >= target_level'),
      );
    }
    if (query.evidenceShareMin !== undefined) {
      q.where('evidence_tier', 0).where(
        'evidence_share',
        '>=',
        query.evidenceShareMin,
      );
    }
    if (query.evidenceShareMax !== undefined) {
      q.where('evidence_tier', 0).where(
        'evidence_share',
        '<=',
        query.evidenceShareMax,
      );
    }
    // Measured services only, either way: unmeasured ones are not known to
    // have no higher evidence.
    if (query.evidenceSuggestsHigher === true) {
      q.where('assessed', 1).where('evidence_higher', '>', 0);
    }
    if (query.evidenceSuggestsHigher === false) {
      q.where('assessed', 1).where('evidence_higher', 0);
    }
    if (query.q) {
      q.whereRaw(`search_text like ? escape '!'`, [
        `%${escapeLike(query.q.toLocaleLowerCase('en-US'))}%`,
      ]);
    }
    return q;
  }

  /**
   * Sorts in an order one of the table's indexes holds, so a page is an index
   * range scan.
   * Unassessed services come last in both directions; ties break on the
   * entity ref, in the same direction.
   */
  private ordered(
    q: Knex.QueryBuilder,
    query: Pick<ResolvedScorecardQuery, 'orderBy' | 'order'>,
  ) {
    const dir = query.order === 'asc' ? 'asc' : 'desc';
    const assessedFirst = () => q.orderBy('assessed', 'desc');
    switch (query.orderBy) {
      case 'score':
        assessedFirst().orderBy('score', dir);
        break;
      case 'level':
        assessedFirst().orderBy('level', dir).orderBy('score', dir);
        break;
      case 'updatedAt':
        assessedFirst().orderBy('updated_at', dir);
        break;
      case 'raisesToNextLevel':
        // Level 4 has no next level: after every count, either way, and the
        // unassessed after that (the computed raises_tier, see its migration).
        q.orderBy('raises_tier', 'asc').orderBy('raises_to_next', dir);
        break;
      case 'evidenceShare':
        // Unmeasured and then unassessed services after every share, either
        // way (the computed evidence_tier, see its migration).
        q.orderBy('evidence_tier', 'asc').orderBy('evidence_share', dir);
        break;
      case 'owner':
        q.orderBy('owner', dir).orderBy('sort_name', dir);
        break;
      default:
        q.orderBy('sort_name', dir);
    }
    return q.orderBy('entity_ref', dir);
  }

  private toRow(row: any, staleBefore: Date): ScorecardRow {
    const assessed = Number(row.assessed) === 1;
    const updatedAt = assessed ? toIsoString(row.updated_at) : null;
    return {
      entityRef: row.entity_ref,
      kind: row.kind,
      namespace: row.namespace,
      name: row.name,
      title: row.title,
      type: row.type,
      owner: row.owner,
      system: row.system,
      domain: row.domain,
      lifecycle: row.lifecycle,
      assessed,
      revision: assessed ? Number(row.revision) : null,
      score: assessed ? Number(row.score) : null,
      level: assessed ? (Number(row.level) as MaturityLevelNumber) : null,
      gatedLevel: assessed
        ? (Number(row.gated_level) as MaturityLevelNumber)
        : null,
      weakestDimensionId: assessed ? row.weakest_dimension : null,
      raisesToNextLevel:
        assessed && row.raises_to_next !== null
          ? Number(row.raises_to_next)
          : null,
      updatedAt,
      updatedBy: assessed ? row.updated_by : null,
      stale: assessed && isStale(updatedAt!, staleBefore),
      ...targetOf(row, assessed),
      ...evidenceOf(row, assessed),
    };
  }

  /** The SQL of one page of the scorecard, unexecuted (the benchmark's floor runs it directly). */
  pageQuery(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: Visibility = { kind: 'all' },
  ): Knex.QueryBuilder {
    return this.ordered(
      this.filtered(query, staleBefore, visibility).select(ROW_COLUMNS),
      query,
    )
      .limit(query.limit)
      .offset(query.offset);
  }

  /**
   * One page of the scorecard and whether rows follow it: an index range
   * scan, one row more than the page to tell, and nothing over the rest of
   * the filtered set.
   */
  async queryScorecardPage(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: Visibility,
  ): Promise<ScorecardPageResponse> {
    const rows = await this.pageQuery(
      { ...query, limit: query.limit + 1 },
      staleBefore,
      visibility,
    );
    return {
      items: rows
        .slice(0, query.limit)
        .map((row: any) => this.toRow(row, staleBefore)),
      limit: query.limit,
      offset: query.offset,
      hasMore: rows.length > query.limit,
    };
  }

  /**
   * The count, summary, level distribution and owner roll-ups of the whole
   * filtered set, from one grouped pass: a group per (owner, level).
   */
  async queryScorecardSummary(
    query: Omit<
      ResolvedScorecardQuery,
      'limit' | 'offset' | 'orderBy' | 'order'
    >,
    staleBefore: Date,
    visibility: Visibility,
  ): Promise<ScorecardSummaryResponse> {
    // Staleness to the minute, so that a summary holds for a minute.
    const before = new Date(
      Math.floor(staleBefore.getTime() / MINUTE_MS) * MINUTE_MS,
    );
    const visibilityKey =
      visibility.kind === 'restricted' ? visibility.cacheKey : visibility.kind;
    if (visibilityKey === undefined) {
      return this.computeSummary(query, before, visibility);
    }
    // Read before the data: a write that lands in between leaves its
    // summary under the version it retires, never the other way round.
    const version = await this.dataVersion();
    // Every filter the query holds, whatever filters exist: sort and paging
    // (present when called for GET /scorecard) do not change a summary.
    const { limit, offset, orderBy, order, ...filters } =
      query as Partial<ResolvedScorecardQuery>;
    const key = JSON.stringify([
      visibilityKey,
      before.getTime(),
      Object.entries(filters).sort(([a], [b]) => (a < b ? -1 : 1)),
    ]);
    return this.summaries.get(version, key, () =>
      this.computeSummary(query, before, visibility),
    );
  }

  private async computeSummary(
    query: Omit<
      ResolvedScorecardQuery,
      'limit' | 'offset' | 'orderBy' | 'order'
    >,
    staleBefore: Date,
    visibility: Visibility,
  ): Promise<ScorecardSummaryResponse> {
    const groups = await this.filtered(query, staleBefore, visibility)
      .groupBy('owner', 'level')
      .select(
        'owner',
        'level',
        this.db.raw('count(*) as service_count'),
        this.db.raw('sum(assessed) as assessed_count'),
        this.db.raw('sum(score) as score_sum'),
        this.db.raw(
          'sum(case when updated_at < ? then 1 else 0 end) as stale_count',
          [staleBefore],
        ),
        this.db.raw('count(target_level) as with_target_count'),
        this.db.raw(
          'sum(case when level >= target_level then 1 else 0 end) as at_target_count',
        ),
        this.db.raw(
          'sum(case when assessed = 1 then evidence_answered else 0 end) as evidence_answered',
        ),
        this.db.raw(
          'sum(case when assessed = 1 then evidence_backed else 0 end) as evidence_backed',
        ),
        this.db.raw(
          'sum(case when assessed = 1 and evidence_higher > 0 then 1 else 0 end) as evidence_higher_count',
        ),
      );
    return summarize(groups);
  }

  /** One page of the scorecard with the summary of its whole filtered set. */
  async queryScorecard(
    query: ResolvedScorecardQuery,
    staleBefore: Date,
    visibility: Visibility,
  ): Promise<ScorecardResponse> {
    const [{ hasMore: _, ...page }, summary] = await Promise.all([
      this.queryScorecardPage(query, staleBefore, visibility),
      this.queryScorecardSummary(query, staleBefore, visibility),
    ]);
    return { ...page, ...summary };
  }

  /**
   * Every row of the filtered scorecard in sort order, `chunkSize` at a time,
   * holding no database connection while the consumer takes its time (a
   * slow export reader, a reminders run sending notifications): the refs
   * of the filtered set, in order, are read at the start (one statement);
   * each chunk's rows are then read by their refs (one short statement each,
   * whose connection is back in the pool before the chunk is yielded).
   *
   * Consistency: the set and its order are those of the start; each row's
   * figures are those of its chunk's read; a service that left the set
   * meanwhile (deleted, or no longer matching the filters or the caller's
   * visibility) is left out, one that joined is not added, and none appears
   * twice. Memory: the refs of the filtered set (about 40 bytes each).
   */
  async *streamScorecard(
    query: Omit<ResolvedScorecardQuery, 'limit' | 'offset'>,
    staleBefore: Date,
    visibility: Visibility,
    chunkSize = 500,
  ): AsyncGenerator<ScorecardRow[]> {
    const refs: string[] = (
      await this.ordered(
        this.filtered(query, staleBefore, visibility).select('entity_ref'),
        query,
      )
    ).map((row: { entity_ref: string }) => row.entity_ref);
    for (let start = 0; start < refs.length; start += chunkSize) {
      const slice = refs.slice(start, start + chunkSize);
      const rows = await this.filtered(query, staleBefore, visibility)
        .whereIn('entity_ref', slice)
        .select(ROW_COLUMNS);
      const byRef = new Map(rows.map((row: any) => [row.entity_ref, row]));
      const chunk = slice.flatMap(ref => {
        const row = byRef.get(ref);
        return row ? [this.toRow(row, staleBefore)] : [];
      });
      if (chunk.length > 0) yield chunk;
    }
  }

  /**
   * A campaign's progress over the services in its scope that the caller
   * may see: one grouped pass, a group per owner.
   */
  async campaignProgress(
    campaign: Campaign,
    now: Date,
    visibility: Visibility,
  ): Promise<CampaignProgress> {
    const pastDeadline = now.getTime() > Date.parse(campaign.deadline);
    const visibilityKey =
      visibility.kind === 'restricted' ? visibility.cacheKey : visibility.kind;
    if (visibilityKey === undefined) {
      return this.computeProgress(campaign, pastDeadline, visibility);
    }
    // As for summaries: read the version before the data, and key by what
    // the figures depend on (a change to the campaign moves updatedAt).
    const version = await this.dataVersion();
    const key = JSON.stringify([
      visibilityKey,
      campaign.id,
      campaign.updatedAt,
      pastDeadline,
    ]);
    return this.progress.get(version, key, () =>
      this.computeProgress(campaign, pastDeadline, visibility),
    );
  }

  private async computeProgress(
    campaign: Campaign,
    pastDeadline: boolean,
    visibility: Visibility,
  ): Promise<CampaignProgress> {
    const [done, bindings] = doneCondition(campaign);
    const groups = await this.filtered({ campaign }, new Date(), visibility)
      .groupBy('owner')
      .select(
        'owner',
        this.db.raw('count(*) as in_scope'),
        this.db.raw(`sum(case when ${done} then 1 else 0 end) as done`, [
          ...bindings,
        ]),
      );
    const counts = (inScope: number, doneCount: number) => ({
      inScope,
      done: doneCount,
      remaining: inScope - doneCount,
      overdue: pastDeadline ? inScope - doneCount : 0,
      doneShare: inScope > 0 ? doneCount / inScope : null,
    });
    const teams = groups
      .map((g: any) => ({
        owner: g.owner as string | null,
        ...counts(Number(g.in_scope), Number(g.done ?? 0)),
      }))
      .sort(
        (a, b) =>
          b.remaining - a.remaining ||
          (a.owner ?? '').localeCompare(b.owner ?? ''),
      );
    const total = teams.reduce(
      (sum, t) => ({
        inScope: sum.inScope + t.inScope,
        done: sum.done + t.done,
      }),
      { inScope: 0, done: 0 },
    );
    return { ...counts(total.inScope, total.done), teams };
  }

  /**
   * Whether one service is in each campaign's scope, and if so whether it
   * meets the goal; campaigns whose scope misses it are left out.
   */
  async campaignMembership(
    entityRef: string,
    campaigns: Campaign[],
  ): Promise<Array<{ campaign: Campaign; done: boolean }>> {
    const found = await Promise.all(
      campaigns.map(async campaign => {
        const [done, bindings] = doneCondition(campaign);
        const row = await this.filtered({ campaign }, new Date(), {
          kind: 'all',
        })
          .where('entity_ref', entityRef)
          .first(
            this.db.raw(`case when ${done} then 1 else 0 end as done`, [
              ...bindings,
            ]),
          );
        return row ? { campaign, done: Number(row.done) === 1 } : undefined;
      }),
    );
    return found.filter(
      (m): m is { campaign: Campaign; done: boolean } => m !== undefined,
    );
  }

  /**
   * A campaign's progress day by day, from the stored revisions of the
   * services in its scope today (those the caller may see): at the end of
   * each day (UTC) from its start to its deadline, its closing or now,
   * whichever comes first, how many met the goal. A level goal counts the
   * level of each service's latest revision by then; a reassess goal, a
   * revision since the start.
   */
  async campaignHistory(
    campaign: Campaign,
    now: Date,
    visibility: Visibility,
  ): Promise<CampaignHistoryResponse> {
    const members = () =>
      this.filtered({ campaign }, now, visibility).select(
        'entity_ref',
        'entity_uid',
      );
    const countRow = await this.filtered({ campaign }, now, visibility)
      .count({ n: '*' })
      .first();
    const inScope = Number(countRow?.n ?? 0);
    const start = new Date(campaign.startsAt);
    const end = new Date(
      Math.min(
        now.getTime(),
        Date.parse(campaign.deadline),
        campaign.closedAt ? Date.parse(campaign.closedAt) : Infinity,
      ),
    );
    if (end < start) return { inScope, points: [] };

    const doneNow = new Map<string, boolean>();
    if (campaign.goal.kind === 'level') {
      const goal = campaign.goal.level;
      // The level each service stood at when the campaign started.
      const baseline = await this.db(`${REVISIONS} as r`)
        .whereIn(['r.entity_ref', 'r.entity_uid'], members())
        .where('r.created_at', '<', start)
        .whereNotExists(later =>
          later
            .select(this.db.raw('1'))
            .from(`${REVISIONS} as l`)
            .whereRaw(
              'l.entity_ref = r.entity_ref and l.entity_uid = r.entity_uid and l.revision > r.revision',
            )
            .where('l.created_at', '<', start),
        )
        .select('r.entity_ref', 'r.level');
      for (const row of baseline) {
        doneNow.set(row.entity_ref, Number(row.level) >= goal);
      }
    }
    const events = await this.db(`${REVISIONS} as r`)
      .whereIn(['r.entity_ref', 'r.entity_uid'], members())
      .where('r.created_at', '>=', start)
      .where('r.created_at', '<=', end)
      .orderBy('r.created_at', 'asc')
      .orderBy('r.id', 'asc')
      .select('r.entity_ref', 'r.level', 'r.created_at');

    const goal = campaign.goal;
    const isDone = (level: number) =>
      goal.kind === 'level' ? level >= goal.level : true;
    let done = [...doneNow.values()].filter(Boolean).length;
    const points: CampaignHistoryResponse['points'] = [];
    let next = 0;
    const firstDay = Math.floor(start.getTime() / DAY_MS);
    const lastDay = Math.floor(end.getTime() / DAY_MS);
    for (let day = firstDay; day <= lastDay; day++) {
      const dayEnd = Math.min((day + 1) * DAY_MS - 1, end.getTime());
      while (
        next < events.length &&
        new Date(toIsoString(events[next].created_at)).getTime() <= dayEnd
      ) {
        const event = events[next++];
        const before = doneNow.get(event.entity_ref) ?? false;
        const after = isDone(Number(event.level));
        doneNow.set(event.entity_ref, after);
        done += Number(after) - Number(before);
      }
      points.push({
        date: new Date(day * DAY_MS).toISOString().slice(0, 10),
        done,
      });
    }
    return { inScope, points };
  }
}
