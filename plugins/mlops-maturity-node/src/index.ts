/**
 * The node library of the MLOps maturity plugins: the extension point
 * through which backend modules add evidence providers to the
 * mlops-maturity backend, and the types of providers and their signals.
 *
 * @packageDocumentation
 */

export { mlopsMaturityEvidenceExtensionPoint } from './extensions';
export type {
  EvidenceProvider,
  EvidenceProviderRequest,
  EvidenceProviderResponse,
  MlopsMaturityEvidenceExtensionPoint,
  ProvidedEvidenceSignal,
} from './extensions';
export type {
  EvidenceSignal,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
