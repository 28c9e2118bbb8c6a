export { LevelCharacteristics, StackList } from './LevelCharacteristics';
export { LevelImprovementsTable } from './LevelImprovementsTable';
export {
  LevelPainPointsTable,
  RemainingPainPointsList,
} from './LevelPainPoints';
export {
  LevelNotes,
  LevelPeopleList,
  LevelQuotes,
  ModelReleaseList,
  RealWorldExample,
} from './LevelReferenceParts';
