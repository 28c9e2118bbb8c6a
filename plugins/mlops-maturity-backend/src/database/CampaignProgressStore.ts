import {
  Campaign,
  CampaignHistoryResponse,
  CampaignProgress,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { RowRestriction } from './RowRestriction';
import { toIsoString } from './rows';
import { doneCondition, filtered } from './scorecardFilters';
import { ScorecardSummaryCache } from './ScorecardSummaryCache';
import { dataVersion, REVISIONS } from './scorecardTable';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Campaigns over the scorecard table: each one's progress (cached per data
 * version, as the scorecard's summaries), which campaigns a service belongs
 * to, and each one's history day by day from the stored revisions.
 */
export class CampaignProgressStore {
  private readonly progress = new ScorecardSummaryCache<CampaignProgress>();

  constructor(private readonly db: Knex) {}

  /**
   * A campaign's progress over the services in its scope that the caller
   * may see: one grouped pass, a group per owner.
   */
  async campaignProgress(
    campaign: Campaign,
    now: Date,
    visibility: RowRestriction,
  ): Promise<CampaignProgress> {
    const pastDeadline = now.getTime() > Date.parse(campaign.deadline);
    const visibilityKey =
      visibility.kind === 'restricted' ? visibility.cacheKey : visibility.kind;
    if (visibilityKey === undefined) {
      return this.computeProgress(campaign, pastDeadline, visibility);
    }
    // As for summaries: read the version before the data, and key by what
    // the figures depend on (a change to the campaign moves updatedAt).
    const version = await dataVersion(this.db);
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
    visibility: RowRestriction,
  ): Promise<CampaignProgress> {
    const [done, bindings] = doneCondition(campaign);
    const groups = await filtered(this.db, { campaign }, new Date(), visibility)
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
    visibility: RowRestriction,
  ): Promise<CampaignHistoryResponse> {
    const members = () =>
      filtered(this.db, { campaign }, now, visibility).select(
        'entity_ref',
        'entity_uid',
      );
    const countRow = await filtered(this.db, { campaign }, now, visibility)
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
