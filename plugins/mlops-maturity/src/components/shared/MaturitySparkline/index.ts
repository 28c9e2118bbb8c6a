export { MaturitySparkline } from './MaturitySparkline';
export type { MaturitySparklinePoint } from './MaturitySparkline';
