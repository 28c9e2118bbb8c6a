import { ScorecardTrendPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { csvField } from './scorecardCsv';

const COLUMNS = [
  'date',
  'as_of',
  'services',
  'assessed',
  'stale',
  'level_0',
  'level_1',
  'level_2',
  'level_3',
  'level_4',
  'not_assessed',
  'mean_score',
  'with_target',
  'at_target',
  'at_target_share',
  'evidence_share',
] as const;

const line = (fields: Array<string | number | null>) =>
  `${fields.map(csvField).join(',')}\r\n`;

/** A trend's points as RFC 4180 CSV, a header line first (the scorecard export's fields). */
export function trendCsv(points: ScorecardTrendPoint[]): string {
  return [
    line([...COLUMNS]),
    ...points.map(p =>
      line([
        p.date,
        p.asOf,
        p.serviceCount,
        p.assessedCount,
        p.staleCount,
        p.levelDistribution.levels['0'],
        p.levelDistribution.levels['1'],
        p.levelDistribution.levels['2'],
        p.levelDistribution.levels['3'],
        p.levelDistribution.levels['4'],
        p.levelDistribution.notAssessed,
        p.meanScore,
        p.withTargetCount,
        p.atTargetCount,
        p.atTargetShare,
        p.evidenceShare,
      ]),
    ),
  ].join('');
}
