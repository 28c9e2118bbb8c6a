export { MaturityTargetCard } from './MaturityTargetCard';
export { TargetStatus } from './TargetStatus';
