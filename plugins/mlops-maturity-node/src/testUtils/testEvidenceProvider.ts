import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  defaultMaturityModel,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  checkProviderResponse,
  DroppedEvidenceSignal,
} from '../checkProviderResponse';
import { ProviderEvidenceSignal } from '../checkSignal';
import { EvidenceProvider } from '../extensions';

/**
 * How {@link testEvidenceProvider} asks a provider.
 *
 * @public
 */
export interface TestEvidenceProviderOptions {
  /** The batch of ML services, as the plugin hands them over: read in full from the catalog. */
  entities: Entity[];
  /** The model the signals are checked against; by default the plugin's default model. */
  model?: MaturityModel;
  /** The credentials the provider gets; by default the plugin's service credentials, `mockCredentials.service('plugin:mlops-maturity')`. */
  credentials?: BackstageCredentials;
  /**
   * The time budget, in ms, after which the request's `signal` is aborted
   * and the test fails; by default 5000, the plugin's default
   * `mlopsMaturity.evidence.providerTimeoutMs`.
   */
  timeoutMs?: number;
}

/**
 * What the plugin would keep of a provider's answer, and what it would drop.
 *
 * @public
 */
export interface TestEvidenceProviderResult {
  /**
   * The kept signals of each entity of the batch, keyed by its entity ref
   * lower-cased (e.g. `component:default/ranker`); every entity has an
   * entry, empty when none of its signals is kept. Per question only the
   * highest level is kept, in the model's question order, with `source`
   * (the provider's id) and `observedAt` set.
   */
  signals: Record<string, ProviderEvidenceSignal[]>;
  /** Every signal or entry the plugin would drop (and log), with why. */
  dropped: DroppedEvidenceSignal[];
}

/**
 * Calls an evidence provider as the mlops-maturity backend does (the
 * entities, the plugin's service credentials, an `AbortSignal` aborted when
 * the time budget is spent) and applies the plugin's checks to its answer.
 * Rejects, naming the provider, when it throws, runs out of time or answers
 * in the wrong shape: the plugin would log it and skip all its signals.
 *
 * @example
 * ```ts
 * const { signals, dropped } = await testEvidenceProvider(myProvider, {
 *   entities: [mlService],
 * });
 * expect(dropped).toEqual([]);
 * expect(signals['component:default/ranker']).toMatchObject([
 *   { questionId: 'testing', level: 2, source: 'my-provider' },
 * ]);
 * ```
 *
 * @public
 */
export async function testEvidenceProvider(
  provider: EvidenceProvider,
  options: TestEvidenceProviderOptions,
): Promise<TestEvidenceProviderResult> {
  const {
    entities,
    model = defaultMaturityModel,
    credentials = mockCredentials.service('plugin:mlops-maturity'),
    timeoutMs = 5000,
  } = options;
  const fail = (what: string, cause?: unknown) =>
    new Error(
      `Evidence provider "${provider.id}" ${what}; the plugin would skip all its signals`,
      { cause },
    );
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = fail(`took longer than ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const askedAt = new Date().toISOString();
  let response: unknown;
  try {
    response = await Promise.race([
      // A provider that throws before returning a promise fails the same way.
      Promise.resolve()
        .then(() =>
          provider.getSignals({
            entities,
            credentials,
            signal: controller.signal,
          }),
        )
        .catch(error => {
          throw fail(`failed (${String(error)})`, error);
        }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
  let checked;
  try {
    checked = checkProviderResponse(
      model,
      response,
      entities.map(e => stringifyEntityRef(e)),
      provider.id,
      askedAt,
    );
  } catch (error) {
    throw fail(`failed (${String(error)})`, error);
  }
  return {
    signals: Object.fromEntries(checked.signals),
    dropped: checked.dropped,
  };
}
