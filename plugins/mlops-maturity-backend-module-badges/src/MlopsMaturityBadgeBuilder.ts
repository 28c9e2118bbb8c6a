import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  BadgeBuilder,
  BadgeFactories,
  BadgeInfo,
  BadgeOptions,
  BadgeSpec,
  createDefaultBadgeFactories,
  DefaultBadgeBuilder,
} from '@backstage-community/plugin-badges-backend';
import { DEFAULT_NAMESPACE, Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  isMlServiceEntity,
  MaturityModel,
  MlopsMaturityApiClient,
  MlServiceSelection,
  readMlServiceSelection,
  resolveMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  maturityBadge,
  MaturityBadgeState,
  MLOPS_MATURITY_BADGE_ID,
} from './maturityBadge';
import { showsLevels } from './badgeVisibility';

/**
 * What {@link createMlopsMaturityBadgeBuilder} needs: the badges plugin's own
 * services, and the other badges to serve.
 *
 * @public
 */
export interface MlopsMaturityBadgeBuilderOptions {
  auth: AuthService;
  discovery: DiscoveryService;
  config: Config;
  logger: LoggerService;
  /**
   * The badges served besides the maturity badge; the badges plugin's
   * defaults (`createDefaultBadgeFactories()`) when not given.
   */
  factories?: BadgeFactories;
}

/**
 * Serves `factories` as the badges plugin's default builder does, and the
 * maturity badge, whose level it reads from the mlops-maturity backend with
 * the badges plugin's service credentials. A factory cannot do that: the
 * badges plugin calls factories synchronously.
 */
class MlopsMaturityBadgeBuilder implements BadgeBuilder {
  readonly #others: DefaultBadgeBuilder;
  readonly #client: MlopsMaturityApiClient;
  readonly #selection: MlServiceSelection;
  readonly #model: MaturityModel;
  readonly #showsLevels: boolean;

  constructor(private readonly options: MlopsMaturityBadgeBuilderOptions) {
    const { config, discovery } = options;
    this.#others = new DefaultBadgeBuilder(
      options.factories ?? createDefaultBadgeFactories(),
    );
    this.#client = new MlopsMaturityApiClient({ discoveryApi: discovery });
    this.#selection = readMlServiceSelection(config);
    this.#model = resolveMaturityModel(
      config.getOptional('mlopsMaturity.model'),
    );
    this.#showsLevels = showsLevels(config);
  }

  async getBadges(): Promise<BadgeInfo[]> {
    const others = await this.#others.getBadges();
    return [
      ...others.filter(b => b.id !== MLOPS_MATURITY_BADGE_ID),
      { id: MLOPS_MATURITY_BADGE_ID },
    ];
  }

  async createBadgeJson(options: BadgeOptions): Promise<BadgeSpec> {
    return (await this.#builderFor(options)).createBadgeJson(options);
  }

  async createBadgeSvg(options: BadgeOptions): Promise<string> {
    return (await this.#builderFor(options)).createBadgeSvg(options);
  }

  /** The default builder, or one over the maturity badge of this entity. */
  async #builderFor(options: BadgeOptions): Promise<BadgeBuilder> {
    if (options.badgeInfo.id !== MLOPS_MATURITY_BADGE_ID) return this.#others;
    const state = await this.#stateOf(options.context.entity);
    const badge = maturityBadge(options.context, state);
    return new DefaultBadgeBuilder({
      [MLOPS_MATURITY_BADGE_ID]: { createBadge: () => badge },
    });
  }

  async #stateOf(entity: Entity | undefined): Promise<MaturityBadgeState> {
    if (!this.#showsLevels) return { kind: 'private' };
    if (!entity || !isMlServiceEntity(entity, this.#selection)) {
      return { kind: 'not-assessed' };
    }
    const ref = {
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
      name: entity.metadata.name,
    };
    try {
      const current = await this.#client.getAssessment(ref, {
        token: await this.#token(),
        nullIfNotFound: true,
      });
      const level = current?.result.level;
      if (level === undefined || level === null)
        return { kind: 'not-assessed' };
      const levelName =
        this.#model.levels.find(l => l.level === level)?.name ?? '';
      return { kind: 'assessed', level, levelName };
    } catch (error) {
      this.options.logger.warn(
        `The MLOps maturity badge of ${ref.kind}:${ref.namespace}/${ref.name} could not read its assessment: ${error}`,
      );
      return { kind: 'unavailable' };
    }
  }

  async #token(): Promise<string> {
    const { auth } = this.options;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'mlops-maturity',
    });
    return token;
  }
}

/**
 * A badge builder for the badges plugin's `setBadgeBuilder` that serves
 * `factories` (the badges plugin's defaults unless given) and the
 * `mlops-maturity` badge. This module registers one over the defaults; an
 * app that sets badge factories of its own registers this builder over
 * them in its own module instead of adding this module.
 *
 * @public
 */
export function createMlopsMaturityBadgeBuilder(
  options: MlopsMaturityBadgeBuilderOptions,
): BadgeBuilder {
  return new MlopsMaturityBadgeBuilder(options);
}
