export { ServiceTrendSparkline } from './ServiceTrendSparkline';
