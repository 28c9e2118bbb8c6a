export { MaturityHeadline } from './MaturityHeadline';
