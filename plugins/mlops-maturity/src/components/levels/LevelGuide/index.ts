export { LevelGuide } from './LevelGuide';
export { LevelGuideButton } from './LevelGuideButton';
