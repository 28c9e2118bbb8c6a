export { ScorecardTrendCard } from './ScorecardTrendCard';
export { ScorecardTrendChart } from './ScorecardTrendChart';
export type { TrendChartMarker, TrendChartPoint } from './trendTypes';
