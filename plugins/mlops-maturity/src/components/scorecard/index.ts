export { ScorecardContent } from './ScorecardContent';
export type { ScorecardContentSlots } from './ScorecardContent/ScorecardContent';
