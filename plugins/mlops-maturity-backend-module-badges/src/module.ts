import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { badgeBuildersExtensionPoint } from '@backstage-community/plugin-badges-backend';
import { createMlopsMaturityBadgeBuilder } from './MlopsMaturityBadgeBuilder';
import {
  ALLOW_WITHOUT_OBFUSCATION_KEY,
  OBFUSCATE_KEY,
  showsLevels,
} from './badgeVisibility';

/**
 * The badges backend module that adds the `mlops-maturity` badge to the
 * badges plugin's default badges.
 *
 * @public
 */
export const badgesModuleMlopsMaturity = createBackendModule({
  pluginId: 'badges',
  moduleId: 'mlops-maturity',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        badges: badgeBuildersExtensionPoint,
      },
      async init({ config, logger, auth, discovery, badges }) {
        if (!showsLevels(config)) {
          logger.warn(
            `The MLOps maturity badge shows "private" instead of levels: without ${OBFUSCATE_KEY}: true the badges plugin serves badges to anyone, signed in or not. Set ${OBFUSCATE_KEY}: true, or ${ALLOW_WITHOUT_OBFUSCATION_KEY}: true if every ML service may be shown to anyone.`,
          );
        }
        badges.setBadgeBuilder(
          createMlopsMaturityBadgeBuilder({ auth, discovery, config, logger }),
        );
      },
    });
  },
});
