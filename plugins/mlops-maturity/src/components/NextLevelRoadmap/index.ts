export { NextLevelRoadmapCard } from './NextLevelRoadmapCard';
