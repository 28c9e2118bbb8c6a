import {
  SCORECARD_TREND_INTERVALS,
  SCORECARD_TREND_MAX_DAYS,
  ScorecardTrendInterval,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { z } from 'zod';
import { ScorecardFilters } from '../database/scorecardTypes';
import { dateToDay, dayToDate } from '../database/snapshotRows';
import { invalidInput, parseOrThrow } from './inputErrors';
import { single } from './requestPrimitives';
import {
  Requested,
  scorecardFilterShape,
  shareRange,
} from './scorecardRequests';

/** How many days a trend covers when `from` is not given (`to` and the 89 before it). */
const DEFAULT_DAYS = 90;

/** A `YYYY-MM-DD` date that exists. */
const date = (key: string) =>
  single(key).pipe(
    z
      .string()
      // A date that round-trips: YYYY-MM-DD, and a day the calendar has.
      .refine(value => {
        const day = dateToDay(value);
        return Number.isFinite(day) && dayToDate(day) === value;
      }, `${key} must be a date like 2026-01-31`)
      .optional(),
  );

/** The dates and spacing of a trend's points. */
const rangeShape = {
  from: date('from'),
  to: date('to'),
  interval: single('interval').pipe(
    z
      .enum(SCORECARD_TREND_INTERVALS as [string, ...string[]], {
        errorMap: () => ({
          message: `interval must be one of ${SCORECARD_TREND_INTERVALS.join(
            ', ',
          )}`,
        }),
      })
      .optional(),
  ),
};

const trendQuery = shareRange(
  z.object({ ...scorecardFilterShape, ...rangeShape }).strict(),
);

const serviceTrendQuery = z.object(rangeShape).strict();

/** The days a trend covers and its spacing. */
export interface TrendRangeRequest {
  fromDay: number;
  toDay: number;
  interval: ScorecardTrendInterval;
}

/** A validated trend query: the scorecard's filters and the days it covers. */
export type TrendRequest = Requested<ScorecardFilters> & TrendRangeRequest;

/**
 * Validates `GET /scorecard/trend`, its export and the teams' trend: the
 * scorecard's filters and the range (see rangeOf).
 */
export function parseTrendQuery(query: unknown, now: Date): TrendRequest {
  const { campaign, from, to, interval, ...rest } = parseOrThrow(
    trendQuery,
    query,
    'query',
  );
  return {
    ...rest,
    ...(campaign !== undefined && { campaignId: campaign }),
    ...rangeOf({ from, to, interval }, now),
  } as TrendRequest;
}

/** Validates `GET /assessments/:kind/:namespace/:name/trend`: the range only (see rangeOf). */
export function parseServiceTrendQuery(
  query: unknown,
  now: Date,
): TrendRangeRequest {
  return rangeOf(parseOrThrow(serviceTrendQuery, query, 'query'), now);
}

/**
 * `from` and `to` (dates, `to` today and `from` 89 days before it unless
 * given; `from` not after `to`, at most SCORECARD_TREND_MAX_DAYS apart) and
 * `interval` (day unless given).
 */
function rangeOf(
  given: { from?: string; to?: string; interval?: string },
  now: Date,
): TrendRangeRequest {
  const { from, to, interval } = given;
  const toDay =
    to !== undefined
      ? dateToDay(to)
      : dateToDay(now.toISOString().slice(0, 10));
  const fromDay =
    from !== undefined ? dateToDay(from) : toDay - DEFAULT_DAYS + 1;
  if (fromDay > toDay) {
    throw invalidInput([
      {
        field: 'query.from',
        message: `query.from (${dayToDate(
          fromDay,
        )}) must not be after query.to (${dayToDate(toDay)})`,
      },
    ]);
  }
  if (toDay - fromDay + 1 > SCORECARD_TREND_MAX_DAYS) {
    throw invalidInput([
      {
        field: 'query.from',
        message: `query.from: a trend covers at most ${SCORECARD_TREND_MAX_DAYS} days from query.from to query.to`,
      },
    ]);
  }
  return {
    fromDay,
    toDay,
    interval: (interval ?? 'day') as ScorecardTrendInterval,
  };
}
