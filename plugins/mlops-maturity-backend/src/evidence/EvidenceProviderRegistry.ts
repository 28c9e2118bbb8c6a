import {
  EvidenceProvider,
  MlopsMaturityEvidenceExtensionPoint,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';

/**
 * The providers modules add through the evidence extension point. Modules
 * add them before the plugin starts; the plugin then takes the list, and a
 * late addition is refused rather than silently ignored.
 */
export class EvidenceProviderRegistry {
  private readonly providers: EvidenceProvider[] = [];
  private closed = false;

  /** What modules get from the extension point. */
  readonly extensionPoint: MlopsMaturityEvidenceExtensionPoint = {
    addProvider: provider => this.add(provider),
  };

  private add(provider: EvidenceProvider) {
    const id = (provider as Partial<EvidenceProvider> | undefined)?.id;
    if (typeof id !== 'string' || !id.trim()) {
      throw new Error(
        `An evidence provider needs an id (a non-empty string), got ${JSON.stringify(
          id,
        )}`,
      );
    }
    if (typeof provider.getSignals !== 'function') {
      throw new Error(
        `The evidence provider "${id}" has no getSignals function`,
      );
    }
    if (this.closed) {
      throw new Error(
        `The evidence provider "${id}" was added after the mlops-maturity plugin started; add providers in a module's init`,
      );
    }
    if (this.providers.some(p => p.id === id)) {
      throw new Error(
        `Two evidence providers have the id "${id}"; each needs its own`,
      );
    }
    this.providers.push(provider);
  }

  /** The providers added so far, in the order they were added; no more can be added afterwards. */
  close(): EvidenceProvider[] {
    this.closed = true;
    return [...this.providers];
  }
}
