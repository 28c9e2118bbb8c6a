import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { EntityIdentity } from './EntityIdentity';
import { ENTITIES, newDataVersion } from './scorecardTable';
import { withSummaryRollups } from './SummaryRollupWriter';

/** The verified figures of a service's revision, as its scorecard row keeps them. */
export interface VerifiedRow extends EntityIdentity {
  /** The revision computed for: the write lands only while the row is at it. */
  revision: number;
  score: number | null;
  level: MaturityLevelNumber | null;
  /** How many answers count lower than claimed. */
  gaps: number;
  /** When time alone may change the figures (stored rounded up to the second); null when nothing expires. */
  until: Date | null;
}

const BATCH = 500;

/**
 * Up to the next whole second: MySQL keeps timestamps to the second, and a
 * figure recomputed early would be due again at once, while one a moment
 * late is right.
 */
const wholeSecondUp = (until: Date | null) =>
  until === null ? null : new Date(Math.ceil(until.getTime() / 1000) * 1000);

/**
 * Writes verified figures in one statement, each row only while it is still
 * at the revision computed: an update joined to the figures as a derived
 * table, as the evidence figures are written. Returns how many rows it wrote.
 */
async function writeVerified(tx: Knex, rows: VerifiedRow[]): Promise<number> {
  const client = String(tx.client.config.client);
  const mysql = client.includes('mysql');
  const pg = client === 'pg';
  const row = mysql
    ? 'select ? as entity_ref, ? as entity_uid, ? as revision, ? as score, ? as level, ? as gaps, ? as until'
    : `(cast(? as varchar(255)), cast(? as varchar(255)), cast(? as integer), cast(? as double precision), cast(? as integer), cast(? as integer), ${
        pg ? 'cast(? as timestamptz)' : '?'
      })`;
  const bindings = rows.flatMap(r => [
    r.entityRef,
    r.entityUid,
    r.revision,
    r.score,
    r.level,
    r.gaps,
    wholeSecondUp(r.until),
  ]);
  const values = rows.map(() => row);
  const match =
    'e.entity_ref = v.entity_ref and e.entity_uid = v.entity_uid and e.revision = v.revision';
  const set = (target: string) =>
    [
      `${target}verified_score = v.score`,
      `${target}verified_level = v.level`,
      `${target}verified_gaps = v.gaps`,
      `${target}verified_revision = v.revision`,
      `${target}verified_until = v.until`,
    ].join(', ');
  if (mysql) {
    const [result] = await tx.raw(
      `update ${ENTITIES} e join (${values.join(
        ' union all ',
      )}) v on ${match} set ${set('e.')}`,
      bindings,
    );
    return Number(result?.affectedRows ?? 0);
  }
  const result = await tx.raw(
    `with v (entity_ref, entity_uid, revision, score, level, gaps, until) as (values ${values.join(
      ', ',
    )})
     update ${ENTITIES} as e set ${set('')} from v where ${match}`,
    bindings,
  );
  return Number(result?.rowCount ?? result?.changes ?? 0);
}

/**
 * Each ML service's verified figures on its scorecard row: what submissions,
 * reviewers' decisions, the catalog sync and the verification task write,
 * and which rows the task computes again. Every write that lands gives the
 * table's data a new version, which retires the cached summaries.
 */
export class VerifiedLevelStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores verified figures, each only while its service's row is still at
   * the revision computed (a submission meanwhile computes its own).
   * Returns how many rows were written.
   */
  async setVerified(rows: VerifiedRow[]): Promise<number> {
    let written = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      written += await this.db.transaction(async tx => {
        const count = await withSummaryRollups(tx, rollups =>
          rollups.track(
            batch.map(r => r.entityRef),
            () => writeVerified(tx, batch),
          ),
        );
        if (count > 0) await newDataVersion(tx);
        return count;
      });
    }
    return written;
  }

  /**
   * Up to `limit` assessed services whose verified figures are missing, of
   * another revision, or due (`verified_until` reached), by entity ref after
   * `after`: what the verification task computes again, a page at a time.
   */
  async rowsToVerify(
    now: Date,
    limit: number,
    after?: string,
  ): Promise<EntityIdentity[]> {
    const rows = await this.db(ENTITIES)
      .where('assessed', 1)
      .where(due =>
        due
          .whereNull('verified_revision')
          .orWhereRaw('verified_revision <> revision')
          .orWhere('verified_until', '<=', now),
      )
      .modify(q => {
        if (after !== undefined) q.where('entity_ref', '>', after);
      })
      .orderBy('entity_ref')
      .limit(limit)
      .select('entity_ref', 'entity_uid');
    return rows.map((r: { entity_ref: string; entity_uid: string }) => ({
      entityRef: r.entity_ref,
      entityUid: r.entity_uid,
    }));
  }
}
