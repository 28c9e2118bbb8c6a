import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  checkProviderResponse,
  CheckedProviderResponse,
  EvidenceProvider,
  evidenceRefKey,
  ProviderEvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { readEvidenceConfig } from './evidenceConfig';

/** What the evidence service needs; built in plugin.ts. */
export interface EvidenceServiceOptions {
  providers: EvidenceProvider[];
  auth: AuthService;
  logger: LoggerService;
  /** The model signals are checked against: the plugin's own. */
  model: MaturityModel;
  /** How long each provider may take for one batch, in ms. */
  providerTimeoutMs: number;
}

/** The signals of each entity of a batch, by lower-cased entity ref. */
export type EvidenceByEntity = Map<string, ProviderEvidenceSignal[]>;

class ProviderTimeout extends Error {
  constructor(ms: number) {
    super(`took longer than ${ms} ms`);
    this.name = 'ProviderTimeout';
  }
}

/** How many dropped signals a warning names before it only counts them. */
const EXAMPLES_PER_WARNING = 3;

/**
 * Asks every evidence provider about a batch of ML services, each with the
 * plugin's service credentials and its own time budget. A provider that
 * fails or runs out of time is logged and skipped; a signal that does not
 * fit the model is dropped with a warning. Per entity and question the
 * highest level wins (on a tie, the provider added first).
 *
 * Its signals are as the providers told the plugin, which may be more than
 * a given reader may learn: they are for measuring (which stores counts
 * only). Readers get them through EvidenceForReader.
 */
export class EvidenceService {
  private readonly questionOrder: Map<string, number>;

  /** The service for the plugin's config (`mlopsMaturity.evidence.*`), model and providers. */
  static create(options: {
    config: Config;
    providers: EvidenceProvider[];
    auth: AuthService;
    logger: LoggerService;
    model: MaturityModel;
  }): EvidenceService {
    const { config, ...rest } = options;
    return new EvidenceService({ ...rest, ...readEvidenceConfig(config) });
  }

  constructor(private readonly options: EvidenceServiceOptions) {
    this.questionOrder = new Map(
      options.model.questions.map((q, index) => [q.id, index]),
    );
  }

  /** The signals of one entity, in the model's question order; not for a reader as they are. */
  async signalsForEntity(entity: Entity): Promise<ProviderEvidenceSignal[]> {
    const byEntity = await this.signalsFor([entity]);
    return byEntity.get(evidenceRefKey(stringifyEntityRef(entity))) ?? [];
  }

  /**
   * The signals of each entity, keyed by its lower-cased entity ref; every
   * entity of the batch has an entry, empty when nothing shows evidence.
   * The caller chooses the batch size: each provider's time budget is per
   * call.
   */
  async signalsFor(entities: Entity[]): Promise<EvidenceByEntity> {
    return (await this.signalsForBatch(entities)).signals;
  }

  /** Whether any provider is registered: without one there is nothing to measure. */
  get hasProviders(): boolean {
    return this.options.providers.length > 0;
  }

  /**
   * As {@link EvidenceService.signalsFor}, and the ids of the providers that
   * failed or ran out of time for this batch: its signals are then partial,
   * and a caller that stores figures from them can keep the previous ones.
   */
  async signalsForBatch(
    entities: Entity[],
  ): Promise<{ signals: EvidenceByEntity; failedProviders: string[] }> {
    const result: EvidenceByEntity = new Map(
      entities.map(e => [evidenceRefKey(stringifyEntityRef(e)), []]),
    );
    const failedProviders: string[] = [];
    const { providers, auth } = this.options;
    if (providers.length === 0 || entities.length === 0) {
      return { signals: result, failedProviders };
    }

    const credentials = await auth.getOwnServiceCredentials();
    const askedAt = new Date().toISOString();
    const answers = await Promise.all(
      providers.map(provider =>
        this.ask(provider, entities, credentials, askedAt).then(checked => ({
          provider,
          checked,
        })),
      ),
    );

    const best = new Map<string, Map<string, ProviderEvidenceSignal>>();
    for (const { provider, checked } of answers) {
      if (!checked) {
        failedProviders.push(provider.id);
        continue;
      }
      for (const [key, signals] of checked.signals) {
        const perQuestion = best.get(key) ?? new Map();
        best.set(key, perQuestion);
        for (const signal of signals) {
          const held = perQuestion.get(signal.questionId);
          if (!held || signal.level > held.level) {
            perQuestion.set(signal.questionId, signal);
          }
        }
      }
      this.warnDropped(
        provider,
        checked.dropped.map(d => `${d.entityRef}: ${d.reason}`),
      );
    }

    for (const [key, perQuestion] of best) {
      result.set(
        key,
        [...perQuestion.values()].sort(
          (a, b) =>
            this.questionOrder.get(a.questionId)! -
            this.questionOrder.get(b.questionId)!,
        ),
      );
    }
    return { signals: result, failedProviders };
  }

  /**
   * What the plugin keeps of one provider's answer for the batch, and what
   * it drops, or undefined when the provider failed, ran out of time or
   * answered in the wrong shape.
   */
  private async ask(
    provider: EvidenceProvider,
    entities: Entity[],
    credentials: BackstageCredentials,
    askedAt: string,
  ): Promise<CheckedProviderResponse | undefined> {
    const { providerTimeoutMs, logger } = this.options;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ProviderTimeout(providerTimeoutMs);
        controller.abort(error);
        reject(error);
      }, providerTimeoutMs);
    });
    try {
      const response = await Promise.race([
        // A provider that throws before returning a promise fails the same way.
        Promise.resolve().then(() =>
          provider.getSignals({
            entities,
            credentials,
            signal: controller.signal,
          }),
        ),
        timeout,
      ]);
      return checkProviderResponse(
        this.options.model,
        response,
        entities.map(e => stringifyEntityRef(e)),
        provider.id,
        askedAt,
      );
    } catch (error) {
      const what = `${entities.length} ${
        entities.length === 1 ? 'entity' : 'entities'
      }`;
      logger.warn(
        `Evidence provider "${provider.id}" ${
          error instanceof ProviderTimeout
            ? error.message
            : `failed (${String(error)})`
        } for ${what}; its signals are skipped`,
      );
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private warnDropped(provider: EvidenceProvider, dropped: string[]) {
    if (dropped.length === 0) return;
    const examples = dropped.slice(0, EXAMPLES_PER_WARNING).join('; ');
    const more =
      dropped.length > EXAMPLES_PER_WARNING
        ? ` (and ${dropped.length - EXAMPLES_PER_WARNING} more)`
        : '';
    this.options.logger.warn(
      `Evidence provider "${provider.id}" returned signals that do not fit; dropped: ${examples}${more}`,
    );
  }
}
