export { DimensionScoresChart } from './DimensionScoresChart';
