import {
  BackstageCredentials,
  createExtensionPoint,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * A signal as a provider returns it. The plugin sets its `source` (the
 * provider's id) and checks it against the maturity model: a signal for a
 * question the model does not have, or with a level outside 0 to 4, is
 * dropped with a warning.
 *
 * Providers run with the plugin's own service credentials, so they may see
 * catalog entities the person reading the evidence may not. A signal whose
 * `title`, `url` or `detail` reveals another entity (names, links or
 * describes it) must list that entity in `relatedEntityRefs`: the plugin
 * then withholds those three from every reader who may not read each listed
 * entity, and keeps only what it cannot learn from (question, level, source,
 * time). The plugin cannot tell what a text reveals: a signal that reveals
 * an entity without listing it is shown to every reader of the service, and
 * that is a bug in its provider.
 *
 * @public
 */
export interface ProvidedEvidenceSignal {
  /** The question of the maturity model the evidence is about. */
  questionId: string;
  /** The level the evidence demonstrates; claim only what it really shows. */
  level: MaturityLevelNumber;
  /** What shows it, in a few words (at most 200 characters). */
  title: string;
  /** Where a person can see the evidence: an absolute http(s) URL. */
  url?: string;
  /** What exactly was found, e.g. a pipeline's last run. */
  detail?: string;
  /** When it was observed (ISO 8601); by default, when the plugin asked. */
  observedAt?: string;
  /**
   * The catalog entities, other than the ML service itself, whose data the
   * `title`, `url` or `detail` reveals, as entity refs with kind and name
   * (e.g. `resource:default/mlflow-registry`; the namespace defaults to
   * `default`); at most 20. A reader who may not read every one of them in
   * the catalog gets the signal withheld: "Backed by a catalog entity you
   * cannot see" as its title, no url, no detail; its question and level
   * still count. A ref that does not parse, or more than 20, drop the
   * signal with a warning. The refs themselves are never served.
   */
  relatedEntityRefs?: string[];
}

/**
 * What the plugin asks a provider for: the signals of a batch of ML services.
 *
 * @public
 */
export interface EvidenceProviderRequest {
  /**
   * The ML services, read in full from the catalog (metadata, spec and
   * relations), so a provider that only reads catalog data needs no second
   * read of them. The catalog sync asks for a page of 500 at once; the
   * entity page for one.
   */
  entities: Entity[];
  /**
   * The mlops-maturity plugin's own service credentials, for calls to other
   * plugins: pass them as `onBehalfOf` to `auth.getPluginRequestToken`, with
   * the plugin you call as `targetPluginId`.
   */
  credentials: BackstageCredentials;
  /**
   * Aborted when the provider's time budget
   * (`mlopsMaturity.evidence.providerTimeoutMs`) is spent: stop working and
   * pass it to the requests you make. Whatever arrives later is ignored.
   */
  signal: AbortSignal;
}

/**
 * A provider's answer: signals per entity.
 *
 * @public
 */
export interface EvidenceProviderResponse {
  /**
   * Signals keyed by entity ref as `stringifyEntityRef` of
   * `@backstage/catalog-model` writes it (e.g. `component:default/ranker`).
   * Entities without evidence can be left out.
   */
  signals: Record<string, ProvidedEvidenceSignal[]>;
}

/**
 * Finds evidence for maturity answers: reads catalog data or a tool and
 * says, per ML service, which questions it shows to be at least at which
 * level. A provider that fails or runs out of time is logged and skipped;
 * it never fails a page.
 *
 * @public
 */
export interface EvidenceProvider {
  /**
   * Unique among the providers of a backend, e.g. `catalog` or
   * `github-actions`; the `source` of its signals.
   */
  id: string;
  /** A name for people, e.g. "Catalog data"; used in logs. */
  title?: string;
  /** The signals of a batch of ML services. */
  getSignals(
    request: EvidenceProviderRequest,
  ): Promise<EvidenceProviderResponse>;
}

/**
 * The extension point through which backend modules add evidence providers
 * to the mlops-maturity backend plugin.
 *
 * @public
 */
export interface MlopsMaturityEvidenceExtensionPoint {
  /** Adds a provider; its id must not be taken by another one. */
  addProvider(provider: EvidenceProvider): void;
}

/**
 * The mlops-maturity backend plugin's extension point for evidence
 * providers. Use it from a module of the `mlops-maturity` plugin:
 *
 * ```ts
 * createBackendModule({
 *   pluginId: 'mlops-maturity',
 *   moduleId: 'my-evidence',
 *   register(reg) {
 *     reg.registerInit({
 *       deps: { evidence: mlopsMaturityEvidenceExtensionPoint },
 *       async init({ evidence }) {
 *         evidence.addProvider(myProvider);
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const mlopsMaturityEvidenceExtensionPoint =
  createExtensionPoint<MlopsMaturityEvidenceExtensionPoint>({
    id: 'mlops-maturity.evidence',
  });
