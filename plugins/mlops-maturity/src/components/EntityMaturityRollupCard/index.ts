export { EntityMaturityRollupCard } from './EntityMaturityRollupCard';
