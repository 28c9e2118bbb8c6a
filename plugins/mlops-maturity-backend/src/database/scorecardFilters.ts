import {
  CAMPAIGN_SCOPE_REF_KINDS,
  CampaignScope,
  SCORECARD_FILTER_FIELDS,
  SCORECARD_FILTER_PARAMS,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { ENTITIES, SEARCH } from './scorecardTable';
import {
  CampaignFilter,
  ResolvedScorecardQuery,
  ScorecardFilters,
} from './scorecardTypes';

/**
 * Where a service meets a campaign's goal, as SQL over the scorecard table:
 * assessed at the goal's level or above, or (reassess) last assessed at or
 * after the campaign's start. Never null, so that `not` selects the rest.
 */
export function doneCondition(
  campaign: CampaignFilter,
): [string, Knex.RawBinding[]] {
  return campaign.goal.kind === 'level'
    ? ['(assessed = 1 and coalesce(level, -1) >= ?)', [campaign.goal.level]]
    : [
        '(assessed = 1 and updated_at is not null and updated_at >= ?)',
        [new Date(campaign.startsAt)],
      ];
}

/** The scope fields that hold entity refs. */
const REF_FIELDS = Object.keys(CAMPAIGN_SCOPE_REF_KINDS) as Array<
  keyof typeof CAMPAIGN_SCOPE_REF_KINDS
>;

/**
 * The scorecard's list filters matched as given, each against the column of
 * its name: entity refs (normalised by the request schema) and lifecycle.
 * Type and tag match case-insensitively, as a campaign's scope does.
 */
const EXACT_FIELDS = SCORECARD_FILTER_FIELDS.filter(
  (field): field is 'owner' | 'system' | 'domain' | 'lifecycle' =>
    SCORECARD_FILTER_PARAMS[field].kind === 'refs' || field === 'lifecycle',
);

/** LIKE with `!` as the escape character: a backslash means different things in MySQL string literals. */
const escapeLike = (text: string) => text.replace(/[!%_]/g, c => `!${c}`);

/** Narrows to the services a scope (a campaign's, or type and tag filters) covers. */
export function scoped(db: Knex, q: Knex.QueryBuilder, scope: CampaignScope) {
  const lowered = (values: string[]) =>
    values.map(v => v.toLocaleLowerCase('en-US'));
  // Entity refs are stored lowercased, in a column of the field's name.
  for (const field of REF_FIELDS) {
    const values = scope[field];
    if (values?.length) q.whereIn(field, lowered(values));
  }
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
        .select(db.raw('1'))
        .from(`${SEARCH} as tags`)
        .whereRaw(`tags.entity_ref = ${ENTITIES}.entity_ref`)
        .where('tags.search_key', 'metadata.tags')
        .whereIn('tags.search_value', tags),
    );
  }
  return q;
}

/** The scorecard rows a query's filters and the caller's visibility select. */
export function filtered(
  db: Knex,
  query: ScorecardFilters,
  staleBefore: Date,
  visibility: RowRestriction,
) {
  const q = db(ENTITIES);
  if (visibility.kind === 'none') q.whereRaw('1 = 0');
  if (visibility.kind === 'restricted') visibility.restrict(q);
  scoped(db, q, { type: query.type, tag: query.tag });
  if (query.campaign) {
    scoped(db, q, query.campaign.scope);
    if (query.campaignDone !== undefined) {
      const [done, bindings] = doneCondition(query.campaign);
      if (query.campaignDone) q.whereRaw(done, bindings);
      else q.whereRaw(`not ${done}`, bindings);
    }
  }
  for (const field of EXACT_FIELDS) {
    const values = query[field];
    if (values?.length) q.whereIn(field, values);
  }
  if (query.level?.length) q.whereIn('level', query.level);
  if (query.assessed !== undefined) q.where('assessed', query.assessed ? 1 : 0);
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
  if (query.evidenceShareBelow !== undefined) {
    q.where('evidence_tier', 0).where(
      'evidence_share',
      '<',
      query.evidenceShareBelow,
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
  // verified_tier 0: assessed, with a verified level. Written as
  // expressions no index serves, so a page walks the index of its own order
  // and filters as it goes: served by the verified-level index, SQLite
  // sorted every match for another order (7,554 rows of 10,000: +4 ms a
  // page).
  const verified = 'verified_tier + 0 = 0';
  if (query.verifiedLevel?.length) {
    q.whereRaw(
      `${verified} and verified_level + 0 in (${query.verifiedLevel
        .map(() => '?')
        .join(', ')})`,
      query.verifiedLevel,
    );
  }
  if (query.verifiedBelowClaimed === true) {
    q.whereRaw(`${verified} and verified_level < level`);
  }
  if (query.verifiedBelowClaimed === false) {
    q.whereRaw(`${verified} and verified_level >= level`);
  }
  if (query.q) {
    q.whereRaw(`search_text like ? escape '!'`, [
      `%${escapeLike(query.q.toLocaleLowerCase('en-US'))}%`,
    ]);
  }
  return q;
}

/** A sort direction. */
export type SortDirection = 'asc' | 'desc';

/** One column of a scorecard order. */
export interface OrderColumn {
  column: string;
  dir: SortDirection;
}

/**
 * The columns of a scorecard order, an order one of the table's indexes
 * holds, so a page is an index range scan. Unassessed services come last in
 * both directions; ties break on the entity ref, in the same direction, so
 * that every row has one place (what a keyset cursor needs).
 */
export function orderColumns(
  query: Pick<ResolvedScorecardQuery, 'orderBy' | 'order'>,
): OrderColumn[] {
  const dir: SortDirection = query.order === 'asc' ? 'asc' : 'desc';
  const by = (...columns: string[]) => columns.map(column => ({ column, dir }));
  const first = (column: string, firstDir: SortDirection) => ({
    column,
    dir: firstDir,
  });
  const assessedFirst = first('assessed', 'desc');
  const ref = by('entity_ref');
  switch (query.orderBy) {
    case 'score':
      return [assessedFirst, ...by('score'), ...ref];
    case 'level':
      return [assessedFirst, ...by('level', 'score'), ...ref];
    case 'updatedAt':
      return [assessedFirst, ...by('updated_at'), ...ref];
    case 'raisesToNextLevel':
      // Level 4 has no next level: after every count, either way, and the
      // unassessed after that (the computed raises_tier, see its migration).
      return [first('raises_tier', 'asc'), ...by('raises_to_next'), ...ref];
    case 'evidenceShare':
      // Unmeasured and then unassessed services after every share, either
      // way (the computed evidence_tier, see its migration).
      return [first('evidence_tier', 'asc'), ...by('evidence_share'), ...ref];
    case 'verifiedLevel':
      // Services without a verified level and then the unassessed after
      // every level, either way (the computed verified_tier, see its
      // migration); the order of the verified_asc/desc indexes.
      return [
        first('verified_tier', 'asc'),
        ...by('verified_level', 'verified_score'),
        ...ref,
      ];
    case 'owner':
      // owner is nullable: where a service without one sorts differs
      // between databases, and the keyset predicate follows each one's.
      return [...by('owner', 'sort_name'), ...ref];
    default:
      return [...by('sort_name'), ...ref];
  }
}

/** Sorts by {@link orderColumns}, or by their reverse (reading a previous page). */
export function ordered(
  q: Knex.QueryBuilder,
  query: Pick<ResolvedScorecardQuery, 'orderBy' | 'order'>,
  columns: OrderColumn[] = orderColumns(query),
) {
  for (const { column, dir } of columns) q.orderBy(column, dir);
  return q;
}
