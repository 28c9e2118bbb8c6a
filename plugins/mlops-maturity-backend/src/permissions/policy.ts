/**
 * A permission policy module for backends that run the stock allow-all
 * policy: it allows everything as that one does, except that only an
 * entity's owners update its MLOps maturity assessment.
 *
 * ```ts
 * backend.add(
 *   import('@mlops-maturity/backstage-plugin-mlops-maturity-backend/policy'),
 * );
 * ```
 *
 * @packageDocumentation
 */

export { mlopsMaturityPolicyModule as default } from './policyModule';
