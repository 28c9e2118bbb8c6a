import { Knex } from 'knex';
import { CURRENT, DEPARTED, DRAFTS, REVISIONS } from './assessmentRows';
import { DECISIONS, REVIEWS } from './reviewRows';
import { EntityIdentity } from './EntityIdentity';
import { ScorecardHeadlineStore } from './ScorecardHeadlineStore';
import { SNAPSHOT_SERVICES, SNAPSHOTS } from './snapshotRows';

/** How many rows a purge removed, per kind of data. */
export interface PurgeCounts {
  revisions: number;
  drafts: number;
}

/**
 * Assessment data over the catalog's changes: data stored before uids were
 * kept goes to the entity that holds the ref, entities that left the catalog
 * are recorded, and their data is purged when due.
 */
export class AssessmentRetentionStore {
  constructor(
    private readonly db: Knex,
    private readonly scorecard: ScorecardHeadlineStore,
  ) {}

  /**
   * Gives assessment data recorded before uids were stored (uid '') to the
   * entity that now holds the ref, unless that entity already has data.
   */
  async adoptUnidentified(live: EntityIdentity[]): Promise<number> {
    const refsWithout = async (table: string) =>
      (await this.db(table).where('entity_uid', '').select('entity_ref')).map(
        (r: { entity_ref: string }) => r.entity_ref,
      );
    const pending = new Set([
      ...(await refsWithout(CURRENT)),
      ...(await refsWithout(DRAFTS)),
    ]);
    if (pending.size === 0) return 0;
    let adopted = 0;
    for (const { entityRef, entityUid } of live) {
      if (pending.has(entityRef) && entityUid !== '') {
        if (await this.adoptOne(entityRef, entityUid)) adopted += 1;
      }
    }
    return adopted;
  }

  /** Moves the ref's data without a uid to this uid, unless the uid has data of its own. */
  private async adoptOne(entityRef: string, entityUid: string) {
    return this.db.transaction(async tx => {
      const id = { entity_ref: entityRef, entity_uid: entityUid };
      if (
        (await tx(CURRENT).where(id).first('entity_ref')) ||
        (await tx(DRAFTS).where(id).first('entity_ref'))
      ) {
        return false;
      }
      for (const table of [REVISIONS, CURRENT, DRAFTS]) {
        await tx(table)
          .where({ entity_ref: entityRef, entity_uid: '' })
          .update({ entity_uid: entityUid });
      }
      return true;
    });
  }

  /**
   * Records which entities with stored data are not in the catalog (now, if
   * not recorded before) and forgets those that are back.
   */
  async recordDeparted(live: EntityIdentity[], now: Date): Promise<number> {
    const liveKeys = new Set(live.map(e => `${e.entityRef}\n${e.entityUid}`));
    const stored: Array<{ entity_ref: string; entity_uid: string }> = [
      ...(await this.db(CURRENT).select('entity_ref', 'entity_uid')),
      ...(await this.db(DRAFTS).select('entity_ref', 'entity_uid')),
    ];
    const departed: Array<{ entity_ref: string; entity_uid: string }> =
      await this.db(DEPARTED).select('entity_ref', 'entity_uid');
    const key = (r: { entity_ref: string; entity_uid: string }) =>
      `${r.entity_ref}\n${r.entity_uid}`;
    const known = new Set(departed.map(key));
    const gone = stored.filter(
      r => !liveKeys.has(key(r)) && !known.has(key(r)),
    );
    const back = departed.filter(r => liveKeys.has(key(r)));
    await this.db.transaction(async tx => {
      for (let i = 0; i < gone.length; i += 200) {
        await tx(DEPARTED)
          .insert(gone.slice(i, i + 200).map(r => ({ ...r, departed_at: now })))
          .onConflict(['entity_ref', 'entity_uid'])
          .ignore();
      }
      for (const row of back) await tx(DEPARTED).where(row).delete();
    });
    return gone.length;
  }

  /** Entities that left the catalog before `before`. */
  async listDeparted(before: Date): Promise<EntityIdentity[]> {
    const rows = await this.db(DEPARTED)
      .where('departed_at', '<', before)
      .orderBy(['entity_ref', 'entity_uid'])
      .select('entity_ref', 'entity_uid');
    return rows.map(r => ({
      entityRef: r.entity_ref,
      entityUid: r.entity_uid,
    }));
  }

  /**
   * Deletes every stored revision, current pointer, draft, review and
   * review decision of the entity ref (of one uid, when given), and its
   * scorecard headline, in one transaction.
   */
  async purge(entityRef: string, entityUid?: string): Promise<PurgeCounts> {
    const where =
      entityUid === undefined
        ? { entity_ref: entityRef }
        : { entity_ref: entityRef, entity_uid: entityUid };
    return this.db.transaction(async tx => {
      const revisions = await tx(REVISIONS).where(where).delete();
      await tx(CURRENT).where(where).delete();
      const drafts = await tx(DRAFTS).where(where).delete();
      await tx(DEPARTED).where(where).delete();
      // Its reviews and their decisions: comments on answers that are gone.
      await tx(REVIEWS).where(where).delete();
      await tx(DECISIONS).where(where).delete();
      // The daily snapshots of the purged entity, so no trend shows it.
      await tx(SNAPSHOTS)
        .whereIn('service_id', tx(SNAPSHOT_SERVICES).where(where).select('id'))
        .delete();
      await tx(SNAPSHOT_SERVICES).where(where).delete();
      await this.scorecard.clearHeadline(tx, entityRef, entityUid);
      return { revisions, drafts };
    });
  }
}
