export { LevelDistributionChart } from './LevelDistributionChart';
