import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Campaign,
  ScorecardPageResponse,
  ScorecardResponse,
  ScorecardRow,
  ScorecardSummaryResponse,
  ScorecardTrendInterval,
  ScorecardTrendResponse,
  TeamTrendResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { CampaignStore } from '../database/CampaignStore';
import { ScorecardQueryStore } from '../database/ScorecardQueryStore';
import {
  ResolvedScorecardQuery,
  ScorecardFilters,
} from '../database/scorecardTypes';
import { ScorecardTrendStore } from '../database/ScorecardTrendStore';
import { TeamTrendStore } from '../database/TeamTrendStore';
import { dayOf, dayToDate } from '../database/snapshotRows';
import { invalidInput } from '../validation/inputErrors';
import { Visibility } from '../visibility/ScorecardVisibility';
import { Access } from './access';
import { teamPoints } from './seriesPoints';
import * as staleness from './staleness';
import { trendBuckets, trendPoints } from './trendPoints';

/** A scorecard query as a door parsed it: a campaign named by its id. */
type Named<T> = Omit<T, 'campaign'> & {
  campaignId?: string;
  campaignDone?: boolean;
};

const EVERY_SERVICE = { kind: 'all' } as const;

/** A parsed page query. */
export type ScorecardPageQuery = Named<ResolvedScorecardQuery>;
/** A parsed summary query: filters only. */
export type ScorecardSummaryQuery = Omit<
  ScorecardPageQuery,
  'limit' | 'offset' | 'orderBy' | 'order' | 'keyset'
>;
/** A parsed trend query: filters, the days it covers and its spacing. */
export type ScorecardTrendRequest = ScorecardSummaryQuery & {
  fromDay: number;
  toDay: number;
  interval: ScorecardTrendInterval;
};
/** A parsed export query: filters and sort. */
export type ScorecardExportQuery = Omit<
  ScorecardPageQuery,
  'limit' | 'offset' | 'keyset'
>;

/**
 * The org-wide scorecard, for every door: each call takes the caller's
 * credentials and answers over exactly the ML services they may read, with a
 * named campaign resolved to its scope and goal.
 */
export class ScorecardService {
  constructor(
    private readonly options: {
      scorecard: ScorecardQueryStore;
      trend: ScorecardTrendStore;
      teamTrend: TeamTrendStore;
      campaigns: CampaignStore;
      access: Access;
      staleAfterDays: number;
    },
  ) {}

  /** One page and the summary of its whole filtered set. */
  async scorecard(
    credentials: BackstageCredentials,
    query: ScorecardPageQuery,
  ): Promise<ScorecardResponse> {
    const { resolved, visibility } = await this.resolve(credentials, query);
    return this.options.scorecard.queryScorecard(
      resolved,
      this.staleBefore(),
      visibility,
    );
  }

  /** One page and whether rows follow it. */
  async page(
    credentials: BackstageCredentials,
    query: ScorecardPageQuery,
  ): Promise<ScorecardPageResponse> {
    const { resolved, visibility } = await this.resolve(credentials, query);
    return this.options.scorecard.queryScorecardPage(
      resolved,
      this.staleBefore(),
      visibility,
    );
  }

  /** One page, whether rows follow it, and how many services match in all. */
  async pageWithTotal(
    credentials: BackstageCredentials,
    query: ScorecardPageQuery,
  ): Promise<ScorecardPageResponse & { totalCount: number }> {
    const { resolved, visibility } = await this.resolve(credentials, query);
    const {
      limit: _l,
      offset: _f,
      orderBy: _o,
      order: _d,
      keyset: _k,
      ...filters
    } = resolved;
    const staleBefore = this.staleBefore();
    const [page, summary] = await Promise.all([
      this.options.scorecard.queryScorecardPage(
        resolved,
        staleBefore,
        visibility,
      ),
      this.options.scorecard.queryScorecardSummary(
        filters,
        staleBefore,
        visibility,
      ),
    ]);
    return { ...page, totalCount: summary.totalCount };
  }

  /** Count, summary, level distribution and owner roll-ups. */
  async summary(
    credentials: BackstageCredentials,
    query: ScorecardSummaryQuery,
  ): Promise<ScorecardSummaryResponse> {
    const { resolved, visibility } = await this.resolve(credentials, query);
    return this.options.scorecard.queryScorecardSummary(
      resolved,
      this.staleBefore(),
      visibility,
    );
  }

  /**
   * The scorecard over time, from the daily snapshots: a point per day, week
   * or month from `fromDay` to `toDay` (not after today), each summing the
   * services the filters select today and the caller may read, as they
   * stood at the end of the period's last day.
   */
  async trend(
    credentials: BackstageCredentials,
    query: ScorecardTrendRequest,
    now = new Date(),
  ): Promise<ScorecardTrendResponse> {
    const { range, buckets, days } = await this.overTime(
      credentials,
      query,
      now,
      (...args) => this.options.trend.trendDays(...args),
    );
    return { ...range, points: trendPoints(buckets, days) };
  }

  /**
   * The trend per owner, as the summary's roll-ups group the services: for
   * each owner a point per day, week or month with the mean score of its
   * services the filters select today and the caller may read.
   */
  async teamTrend(
    credentials: BackstageCredentials,
    query: ScorecardTrendRequest,
    now = new Date(),
  ): Promise<TeamTrendResponse> {
    const { range, buckets, days } = await this.overTime(
      credentials,
      query,
      now,
      (...args) => this.options.teamTrend.teamDays(...args),
    );
    return { ...range, teams: teamPoints(buckets, days) };
  }

  /**
   * What a trend reads: the periods from `fromDay` to `toDay` (not after
   * today) and, from `read`, the figures of each period's last day over
   * the services the filters select today and the caller may read.
   */
  private async overTime<T>(
    credentials: BackstageCredentials,
    query: ScorecardTrendRequest,
    now: Date,
    read: (
      filters: ScorecardFilters,
      staleBefore: Date,
      visibility: Visibility,
      days: number[],
    ) => Promise<T>,
  ) {
    const { fromDay, toDay, interval, ...filters } = query;
    const { resolved, visibility } = await this.resolve(credentials, filters);
    const buckets = trendBuckets(fromDay, toDay, interval, dayOf(now));
    const days = await read(
      resolved,
      staleness.staleBefore(now, this.options.staleAfterDays),
      visibility,
      buckets.map(b => b.asOf),
    );
    const range = {
      from: dayToDate(fromDay),
      to: dayToDate(toDay),
      interval,
    };
    return { range, buckets, days };
  }

  /**
   * The rows of an export, resolved now (access and campaign) so that a
   * refusal comes before anything is written; read a chunk at a time.
   */
  async exportRows(
    credentials: BackstageCredentials,
    query: ScorecardExportQuery,
  ): Promise<() => AsyncGenerator<ScorecardRow[]>> {
    const { resolved, visibility } = await this.resolve(credentials, query);
    return () =>
      this.options.scorecard.streamScorecard(
        resolved,
        this.staleBefore(),
        visibility,
      );
  }

  /**
   * For the plugin's own tasks, which act for no caller (reminders go only to
   * each service's owners): every listed ML service's row, by name, or with
   * `campaign` the rows in its scope (`campaignDone: false` for those short
   * of its goal), with staleness as of `now`. Never for a door.
   */
  everyRow(
    query: { campaign?: Campaign; campaignDone?: boolean },
    now: Date,
  ): AsyncGenerator<ScorecardRow[]> {
    return this.options.scorecard.streamScorecard(
      { ...query, orderBy: 'name', order: 'asc' },
      staleness.staleBefore(now, this.options.staleAfterDays),
      EVERY_SERVICE,
    );
  }

  /** One service's scorecard row as the caller may see it; undefined when they may not, or it is not listed. */
  async row(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<ScorecardRow | undefined> {
    const { visibility } =
      await this.options.access.forCredentials.scorecardViewer(credentials);
    return this.options.scorecard.queryScorecardRow(
      entityRef,
      this.staleBefore(),
      visibility,
    );
  }

  /** For the plugin's own tasks: whether the sync has listed any ML service yet. */
  async anyListed(): Promise<boolean> {
    const { items } = await this.options.scorecard.queryScorecardPage(
      { orderBy: 'name', order: 'asc', limit: 1, offset: 0 },
      new Date(),
      EVERY_SERVICE,
    );
    return items.length > 0;
  }

  private staleBefore() {
    return staleness.staleBefore(new Date(), this.options.staleAfterDays);
  }

  /**
   * The caller's visibility and the query with its campaign; a 400 naming
   * the parameter when the campaign does not exist. A caller who may see no
   * service gets an empty scorecard whatever the campaign, so for them no
   * campaign is looked up: the answer must not tell a known id from an
   * unknown one.
   */
  private async resolve<T extends { campaignId?: string }>(
    credentials: BackstageCredentials,
    query: T,
  ): Promise<{
    resolved: Omit<T, 'campaignId'> & { campaign?: Campaign };
    visibility: Visibility;
  }> {
    const { visibility } =
      await this.options.access.forCredentials.scorecardViewer(credentials);
    const { campaignId, ...rest } = query;
    if (campaignId === undefined || visibility.kind === 'none') {
      return { resolved: rest, visibility };
    }
    const campaign = await this.options.campaigns.get(campaignId);
    if (!campaign) {
      throw invalidInput([
        {
          field: 'query.campaign',
          message: `query.campaign: there is no campaign ${campaignId}`,
        },
      ]);
    }
    return { resolved: { ...rest, campaign }, visibility };
  }
}
