export { MaturityTargetCard } from './MaturityTargetCard';
