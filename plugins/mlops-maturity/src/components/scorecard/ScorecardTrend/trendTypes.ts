/** One point of a trend: the services of a day, week or month as they stood at its end. */
export interface TrendChartPoint {
  /** The first day of the bucket, `YYYY-MM-DD` (UTC). */
  date: string;
  /** Services at each level. */
  levels: Record<'0' | '1' | '2' | '3' | '4', number>;
  notAssessed: number;
  /** The mean score of the assessed services; null when none is. */
  meanScore: number | null;
  /** Share of the services with a target that meet it; null when none has one. */
  atTargetShare?: number | null;
  /** Share of answers backed by evidence; null when there is none. */
  evidenceShare?: number | null;
}

/** A date worth marking on the chart, e.g. a campaign's start or deadline. */
export interface TrendChartMarker {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  label: string;
}
