/**
 * The node library of the MLOps maturity plugins: the extension point
 * through which backend modules add evidence providers to the
 * mlops-maturity backend, the types of providers and their signals, the
 * checks the plugin applies to what a provider returns, and the topics and
 * payloads of the events the plugin publishes for other backend code. Its
 * `./testUtils` entry point tests a provider against those checks.
 *
 * @packageDocumentation
 */

export { mlopsMaturityEvidenceExtensionPoint } from './extensions';
export type {
  EvidenceProvider,
  EvidenceProviderRequest,
  EvidenceProviderResponse,
  MlopsMaturityEvidenceExtensionPoint,
  ProvidedEvidenceSignal,
} from './extensions';
export { checkSignal } from './checkSignal';
export type { CheckedSignal, ProviderEvidenceSignal } from './checkSignal';
export {
  checkProviderResponse,
  EVIDENCE_RESPONSE_SHAPE_PROBLEM,
  evidenceRefKey,
} from './checkProviderResponse';
export type {
  CheckedProviderResponse,
  DroppedEvidenceSignal,
} from './checkProviderResponse';
export {
  MLOPS_MATURITY_EVENT_TOPICS,
  mlopsMaturityEventPayload,
} from './events';
export type {
  AssessmentSubmittedEventPayload,
  CampaignClosedEventPayload,
  LevelChangedEventPayload,
  MaturityEventLevels,
  MlopsMaturityEventPayloads,
  MlopsMaturityEventTopic,
  ReviewDecidedEventPayload,
  TargetMissedEventPayload,
} from './events';
export type {
  CampaignGoal,
  EvidenceSignal,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
