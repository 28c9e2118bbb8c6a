export { LevelCharacteristics, StackList } from './LevelCharacteristics';
export { LevelImprovementsTable } from './LevelImprovementsTable';
export {
  LevelPainPointsTable,
  RemainingPainPointsList,
} from './LevelPainPoints';
