export { LevelGuide, LevelGuideButton } from './LevelGuide';
