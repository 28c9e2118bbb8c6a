export { LevelComparison } from './LevelComparison';
