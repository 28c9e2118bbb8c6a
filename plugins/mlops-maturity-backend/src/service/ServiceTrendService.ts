import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ServiceTrendResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ServiceTrendStore } from '../database/ServiceTrendStore';
import { dayOf, dayToDate } from '../database/snapshotRows';
import { TrendRangeRequest } from '../validation/trendRequests';
import { Access } from './access';
import { servicePoints } from './seriesPoints';
import { trendBuckets } from './trendPoints';

/**
 * One ML service over time, for every door: the caller must be able to
 * read the entity and its assessment (the same check, the same refusals as
 * the assessment's own routes: a hidden entity is not found).
 */
export class ServiceTrendService {
  constructor(
    private readonly options: {
      serviceTrend: ServiceTrendStore;
      access: Access;
    },
  ) {}

  /**
   * A point per day, week or month from `fromDay` to `toDay` (not after
   * today): the service's snapshot at the end of the period's last day.
   */
  async serviceTrend(
    credentials: BackstageCredentials,
    entityRef: string,
    range: TrendRangeRequest,
    now = new Date(),
  ): Promise<ServiceTrendResponse> {
    const { fromDay, toDay, interval } = range;
    const { id } = await this.options.access.forCredentials.entityReader(
      credentials,
      entityRef,
    );
    const buckets = trendBuckets(fromDay, toDay, interval, dayOf(now));
    const days = await this.options.serviceTrend.serviceDays(
      id,
      buckets.map(b => b.asOf),
    );
    return {
      entityRef: id.entityRef,
      from: dayToDate(fromDay),
      to: dayToDate(toDay),
      interval,
      points: servicePoints(buckets, days),
    };
  }
}
