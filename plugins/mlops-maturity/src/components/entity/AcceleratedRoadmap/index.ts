export { AcceleratedRoadmapCard } from './AcceleratedRoadmapCard';
export { acceleratedRoadmaps } from './acceleratedRoadmaps';
