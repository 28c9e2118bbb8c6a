import { Config } from '@backstage/config';

/** `mlopsMaturity.evidence.*` as the plugin itself uses it. */
export interface EvidenceConfig {
  /** How long each provider may take for one batch, in ms. */
  providerTimeoutMs: number;
}

const KEY = 'mlopsMaturity.evidence.providerTimeoutMs';
const DEFAULT_PROVIDER_TIMEOUT_MS = 5000;
const MAX_PROVIDER_TIMEOUT_MS = 600_000;

/** Reads and checks the evidence settings; throws naming the key and value at fault. */
export function readEvidenceConfig(config: Config): EvidenceConfig {
  const providerTimeoutMs =
    config.getOptionalNumber(KEY) ?? DEFAULT_PROVIDER_TIMEOUT_MS;
  if (
    !Number.isInteger(providerTimeoutMs) ||
    providerTimeoutMs < 1 ||
    providerTimeoutMs > MAX_PROVIDER_TIMEOUT_MS
  ) {
    throw new Error(
      `${KEY} must be a whole number of milliseconds from 1 to ${MAX_PROVIDER_TIMEOUT_MS}, got ${providerTimeoutMs}`,
    );
  }
  return { providerTimeoutMs };
}
