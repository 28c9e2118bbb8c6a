/**
 * The MLOps maturity backend plugin.
 *
 * @packageDocumentation
 */

export { mlopsMaturityPlugin as default } from './plugin';
export {
  mlopsMaturityPolicyDecision,
  type MlopsMaturityPolicyOptions,
} from './permissions/mlopsMaturityPolicyDecision';
