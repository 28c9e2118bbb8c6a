/**
 * Test utilities for evidence providers: call a provider as the
 * mlops-maturity backend does and see what the plugin would keep of its
 * answer and what it would drop.
 *
 * @packageDocumentation
 */

export { testEvidenceProvider } from './testEvidenceProvider';
export type {
  TestEvidenceProviderOptions,
  TestEvidenceProviderResult,
} from './testEvidenceProvider';
// The types its answer is made of, so that this entry point names them.
export type {
  EvidenceProvider,
  EvidenceProviderRequest,
  EvidenceProviderResponse,
  ProvidedEvidenceSignal,
} from '../extensions';
export type { ProviderEvidenceSignal } from '../checkSignal';
export type { DroppedEvidenceSignal } from '../checkProviderResponse';
