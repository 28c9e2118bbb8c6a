import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { checkSignal, ProviderEvidenceSignal } from './checkSignal';

/**
 * A signal, or a whole entry of a provider's response, that the plugin
 * dropped, and why.
 *
 * @public
 */
export interface DroppedEvidenceSignal {
  /** The entity ref the provider keyed the signal by, as it wrote it. */
  entityRef: string;
  /**
   * Why, e.g. `was not asked about`, `its signals are not a list` or
   * `questionId "x" is not a question of the model mlops-maturity@1`.
   */
  reason: string;
  /** The signal as the provider returned it; absent when the whole entry of `entityRef` was dropped. */
  signal?: unknown;
}

/**
 * What the plugin keeps of one provider's response to a batch, and what it
 * drops.
 *
 * @public
 */
export interface CheckedProviderResponse {
  /**
   * The kept signals of each entity asked about, keyed by its entity ref
   * lower-cased (refs are compared without case); every asked entity has an
   * entry, empty when none of its signals was kept. Per question only the
   * signal with the highest level is kept (on a tie, the first), in the
   * model's question order.
   */
  signals: Map<string, ProviderEvidenceSignal[]>;
  /** Every dropped signal or entry, in the order of the response. */
  dropped: DroppedEvidenceSignal[];
}

/**
 * The message of the error {@link checkProviderResponse} throws for a
 * response that is not `{ signals: { [entityRef]: signals } }`.
 *
 * @public
 */
export const EVIDENCE_RESPONSE_SHAPE_PROBLEM =
  'it returned no { signals } object keyed by entity ref';

/**
 * The key the plugin files an entity's signals under: its entity ref,
 * lower-cased.
 *
 * @public
 */
export function evidenceRefKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

function questionOrder(model: MaturityModel) {
  return new Map(model.questions.map((q, index) => [q.id, index]));
}

/**
 * Checks one provider's response to a batch as the mlops-maturity backend
 * does, and returns what the plugin keeps of it and what it drops: signals
 * for an entity that was not asked about, an entry that is not a list, and
 * each signal {@link checkSignal} drops. Of the rest, per entity and
 * question, the highest level is kept. The plugin then merges the providers'
 * kept signals the same way (on a tie, the provider added first).
 *
 * @param model - the maturity model the plugin runs with
 * @param response - what the provider's `getSignals` resolved to
 * @param askedRefs - the entity refs of the batch the provider was asked about
 * @param providerId - the provider's id: the `source` of its signals
 * @param askedAt - when the plugin asked (ISO 8601)
 * @throws Error with {@link EVIDENCE_RESPONSE_SHAPE_PROBLEM} as its message
 *   when the response is not an object with a `signals` object
 * @public
 */
export function checkProviderResponse(
  model: MaturityModel,
  response: unknown,
  askedRefs: Iterable<string>,
  providerId: string,
  askedAt: string,
): CheckedProviderResponse {
  const byRef =
    response && typeof response === 'object'
      ? (response as { signals?: unknown }).signals
      : undefined;
  if (!byRef || typeof byRef !== 'object') {
    throw new Error(EVIDENCE_RESPONSE_SHAPE_PROBLEM);
  }
  const best = new Map<string, Map<string, ProviderEvidenceSignal>>();
  for (const ref of askedRefs) best.set(evidenceRefKey(ref), new Map());
  const dropped: DroppedEvidenceSignal[] = [];
  for (const [entityRef, signals] of Object.entries(byRef)) {
    const perQuestion = best.get(evidenceRefKey(entityRef));
    if (!perQuestion) {
      dropped.push({ entityRef, reason: 'was not asked about' });
      continue;
    }
    if (!Array.isArray(signals)) {
      dropped.push({ entityRef, reason: 'its signals are not a list' });
      continue;
    }
    for (const raw of signals) {
      const checked = checkSignal(model, raw, providerId, askedAt);
      if ('dropped' in checked) {
        dropped.push({ entityRef, reason: checked.dropped, signal: raw });
        continue;
      }
      const { signal } = checked;
      const held = perQuestion.get(signal.questionId);
      if (!held || signal.level > held.level) {
        perQuestion.set(signal.questionId, signal);
      }
    }
  }
  const order = questionOrder(model);
  const kept = new Map<string, ProviderEvidenceSignal[]>();
  for (const [key, perQuestion] of best) {
    kept.set(
      key,
      [...perQuestion.values()].sort(
        (a, b) => order.get(a.questionId)! - order.get(b.questionId)!,
      ),
    );
  }
  return { signals: kept, dropped };
}
