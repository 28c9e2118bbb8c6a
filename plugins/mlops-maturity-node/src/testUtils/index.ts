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
