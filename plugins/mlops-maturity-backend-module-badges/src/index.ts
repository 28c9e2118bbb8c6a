/**
 * A badges backend module for the MLOps maturity plugins: a README badge
 * with an ML service's current maturity level, served by the community
 * badges plugin.
 *
 * @packageDocumentation
 */

export { badgesModuleMlopsMaturity as default } from './module';
export { createMlopsMaturityBadgeBuilder } from './MlopsMaturityBadgeBuilder';
export type { MlopsMaturityBadgeBuilderOptions } from './MlopsMaturityBadgeBuilder';
export { MLOPS_MATURITY_BADGE_ID } from './maturityBadge';
