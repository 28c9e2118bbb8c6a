/**
 * A Tech Insights backend module for the MLOps maturity plugins: each ML
 * service's maturity level, score, gated level, assessment age and dimension
 * averages as facts, and ready-made checks on them.
 *
 * @packageDocumentation
 */

export { techInsightsModuleMlopsMaturity as default } from './module';
export { createMlopsMaturityFactRetriever } from './factRetriever/createMlopsMaturityFactRetriever';
export type { MlopsMaturityFactRetrieverOptions } from './factRetriever/createMlopsMaturityFactRetriever';
export {
  dimensionAverageFactName,
  MLOPS_MATURITY_FACT_RETRIEVER_ID,
  mlopsMaturityFactSchema,
} from './factRetriever/factSchema';
export { mlopsMaturityChecks } from './checks/mlopsMaturityChecks';
export type {
  MlopsMaturityCheck,
  MlopsMaturityCheckCondition,
} from './checks/mlopsMaturityChecks';
