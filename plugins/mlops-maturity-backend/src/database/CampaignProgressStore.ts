import {
  Campaign,
  CampaignHistoryResponse,
  CampaignProgress,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { doneCondition, filtered } from './scorecardFilters';
import { ScorecardSummaryCache } from './ScorecardSummaryCache';
import { dataVersion } from './scorecardTable';
import { SeriesColumn, snapshotSeries } from './snapshotSeries';
import {
  dayOf,
  dayToDate,
  SNAPSHOT_DAYS,
  SNAPSHOT_SERVICES,
  SNAPSHOTS,
} from './snapshotRows';

/**
 * Campaigns over the scorecard table: each one's progress (cached per data
 * version, as the scorecard's summaries), which campaigns a service belongs
 * to, and each one's history day by day from the daily snapshots.
 */
export class CampaignProgressStore {
  private readonly progress = new ScorecardSummaryCache<CampaignProgress>();

  constructor(private readonly db: Knex) {}

  /**
   * A campaign's progress over the services in its scope that the caller
   * may see: one grouped pass, a group per owner. A campaign closed before
   * today counts as at the end of the day it closed (from that day's
   * snapshots, when they were written), not as its services are now.
   */
  async campaignProgress(
    campaign: Campaign,
    now: Date,
    visibility: RowRestriction,
  ): Promise<CampaignProgress> {
    const visibilityKey =
      visibility.kind === 'restricted' ? visibility.cacheKey : visibility.kind;
    if (visibilityKey === undefined) {
      return this.computeProgress(campaign, now, visibility);
    }
    // As for summaries: read the version before the data, and key by what
    // the figures depend on (a change to the campaign moves updatedAt).
    const version = await dataVersion(this.db);
    const key = JSON.stringify([
      visibilityKey,
      campaign.id,
      campaign.updatedAt,
      now.getTime() > Date.parse(campaign.deadline),
      dayOf(now),
    ]);
    return this.progress.get(version, key, () =>
      this.computeProgress(campaign, now, visibility),
    );
  }

  private async computeProgress(
    campaign: Campaign,
    now: Date,
    visibility: RowRestriction,
  ): Promise<CampaignProgress> {
    const closedDay = campaign.closedAt ? dayOf(campaign.closedAt) : undefined;
    const atClosing =
      closedDay !== undefined &&
      closedDay < dayOf(now) &&
      (await this.db(SNAPSHOT_DAYS).where('day', closedDay).first()) !==
        undefined;
    const pastDeadline =
      (atClosing ? Date.parse(campaign.closedAt!) : now.getTime()) >
      Date.parse(campaign.deadline);
    const groups = atClosing
      ? await this.groupsOnDay(campaign, closedDay!, visibility)
      : await this.groupsNow(campaign, visibility);
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

  /** In scope and done per owner, as the scorecard shows them now. */
  private groupsNow(campaign: Campaign, visibility: RowRestriction) {
    const [done, bindings] = doneCondition(campaign);
    return filtered(this.db, { campaign }, new Date(), visibility)
      .groupBy('owner')
      .select(
        'owner',
        this.db.raw('count(*) as in_scope'),
        this.db.raw(`sum(case when ${done} then 1 else 0 end) as done`, [
          ...bindings,
        ]),
      );
  }

  /**
   * In scope and done per owner at the end of `day`, from its snapshots:
   * the services in scope now (those the caller may see) that had a row
   * that day, each counted by what it showed then (as the history does).
   */
  private groupsOnDay(
    campaign: Campaign,
    day: number,
    visibility: RowRestriction,
  ) {
    const goal = campaign.goal;
    const cohort = filtered(this.db, { campaign }, new Date(), visibility)
      .clearSelect()
      .select('entity_ref', 'entity_uid', 'owner')
      .as('f');
    return this.db
      .from(cohort)
      .join(`${SNAPSHOT_SERVICES} as s`, join =>
        join
          .on('s.entity_ref', 'f.entity_ref')
          .andOn('s.entity_uid', 'f.entity_uid'),
      )
      .join(`${SNAPSHOTS} as n`, join =>
        join.on('n.service_id', 's.id').andOnVal('n.day', day),
      )
      .groupBy('f.owner')
      .select(
        'f.owner as owner',
        this.db.raw('count(*) as in_scope'),
        this.db.raw(
          goal.kind === 'level'
            ? 'sum(case when n.level >= ? then 1 else 0 end) as done'
            : 'sum(case when n.assessed_day >= ? then 1 else 0 end) as done',
          [goal.kind === 'level' ? goal.level : dayOf(campaign.startsAt)],
        ),
      );
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
        const row = await filtered(this.db, { campaign }, new Date(), {
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
   * A campaign's progress day by day, from the daily snapshots of the
   * services in its scope today (those the caller may see): for each day
   * (UTC) from its start to its deadline, its closing or now, whichever
   * comes first, how many met the goal at the end of that day. A level
   * goal counts the level shown that day; a reassess goal, a revision made
   * on or after the start's day. A day without snapshots keeps the count of
   * the day before.
   */
  async campaignHistory(
    campaign: Campaign,
    now: Date,
    visibility: RowRestriction,
  ): Promise<CampaignHistoryResponse> {
    const members = () => filtered(this.db, { campaign }, now, visibility);
    const countRow = await members().count({ n: '*' }).first();
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
    const firstDay = dayOf(start);
    const lastDay = dayOf(end);
    const goal = campaign.goal;
    const done: SeriesColumn = {
      name: 'done',
      sql: c =>
        goal.kind === 'level'
          ? `case when ${c('level')} >= ? then 1 else 0 end`
          : `case when ${c('assessed_day')} >= ? then 1 else 0 end`,
      bindings: [goal.kind === 'level' ? goal.level : firstDay],
    };
    const series =
      inScope === 0
        ? new Map<number, Record<string, number>>()
        : await snapshotSeries(this.db, members, firstDay, lastDay, [done]);
    const byDay = new Map<number, number>(
      [...series].map(([day, sums]) => [day, sums.done]),
    );
    const points: CampaignHistoryResponse['points'] = [];
    let count = 0;
    for (let day = firstDay; day <= lastDay; day++) {
      count = byDay.get(day) ?? count;
      points.push({ date: dayToDate(day), done: count });
    }
    return { inScope, points };
  }
}
