export { LevelBadge } from './LevelBadge';
export type { LevelBadgeProps } from './LevelBadge';
export { levelColor } from './levelColors';
