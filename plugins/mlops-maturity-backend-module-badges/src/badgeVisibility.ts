import { Config } from '@backstage/config';

/** The badges plugin's switch to obfuscated badge URLs. */
export const OBFUSCATE_KEY = 'app.badges.obfuscate';
/** The admin's statement that every ML service may be shown to anyone. */
export const ALLOW_WITHOUT_OBFUSCATION_KEY =
  'mlopsMaturity.badges.allowWithoutObfuscation';

/**
 * Whether the badge may show levels. Without obfuscation the badges plugin
 * serves every entity's badges to anyone who knows its name, signed in or
 * not, so the badge shows levels there only when an admin opts in.
 */
export function showsLevels(config: Config): boolean {
  return (
    config.getOptionalBoolean(OBFUSCATE_KEY) === true ||
    config.getOptionalBoolean(ALLOW_WITHOUT_OBFUSCATION_KEY) === true
  );
}
