import {
  TranslationFunction,
  createTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import { surfaceMessages } from './translations/surfaceMessages';
import { entityMessages } from './translations/entityMessages';
import { levelGuideMessages } from './translations/levelGuideMessages';
import { editorMessages } from './translations/editorMessages';
import { scorecardMessages } from './translations/scorecardMessages';
import { campaignMessages } from './translations/campaignMessages';
import { confirmUnchangedMessages } from './translations/confirmUnchangedMessages';
import { reviewMessages } from './translations/reviewMessages';
import { verificationMessages } from './translations/verificationMessages';
import { verifiedScorecardMessages } from './translations/verifiedScorecardMessages';

/**
 * The shipped English wording, grouped by the component that shows it. The
 * maturity model's own texts (level names, questions, descriptors, roadmaps)
 * are not here: they come from the model.
 */
export const mlopsMaturityMessages = {
  ...entityMessages,
  ...levelGuideMessages,
  ...editorMessages,
  ...scorecardMessages,
  ...campaignMessages,
  ...surfaceMessages,
  ...confirmUnchangedMessages,
  ...reviewMessages,
  ...verificationMessages,
  ...verifiedScorecardMessages,
} as const;

/**
 * The wording of the MLOps maturity plugin. An app overrides any message with
 * `createTranslationMessages({ ref: mlopsMaturityTranslationRef, messages })`;
 * see the plugin's README.
 *
 * @alpha
 */
export const mlopsMaturityTranslationRef = createTranslationRef({
  id: 'plugin.mlops-maturity',
  messages: mlopsMaturityMessages,
});

/** The translation function of the plugin, for helpers that word things outside components. */
export type MlopsMaturityTranslation = TranslationFunction<
  typeof mlopsMaturityTranslationRef.T
>;
