export { ScoreTrendChart } from './ScoreTrendChart';
