import { EventParams } from '@backstage/plugin-events-node';
import {
  CampaignGoal,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The topics the mlops-maturity backend publishes on, through the events
 * service of `@backstage/plugin-events-node`. Only backend code subscribes
 * to them (a backend module, or another backend plugin); no person's
 * permissions are applied to what they carry.
 *
 * @public
 */
export const MLOPS_MATURITY_EVENT_TOPICS = {
  /** An assessment was submitted: a new revision of a service. */
  assessmentSubmitted: 'mlops-maturity.assessment.submitted',
  /** A submission changed a service's level (or gave it its first one). */
  levelChanged: 'mlops-maturity.level.changed',
  /** A service went from meeting its target (or having none) to missing it. */
  targetMissed: 'mlops-maturity.target.missed',
  /** A campaign was closed. */
  campaignClosed: 'mlops-maturity.campaign.closed',
  /** A reviewer approved or rejected an answer or an N/A's exemption. */
  reviewDecided: 'mlops-maturity.review.decided',
} as const;

/**
 * One of {@link MLOPS_MATURITY_EVENT_TOPICS}.
 *
 * @public
 */
export type MlopsMaturityEventTopic =
  (typeof MLOPS_MATURITY_EVENT_TOPICS)[keyof typeof MLOPS_MATURITY_EVENT_TOPICS];

/**
 * A service's level as the events carry it. `claimed` is the level its
 * answers give. `verified` is not sent yet: the plugin computes the verified
 * level after a submission's events (once the evidence is measured) and
 * again on review decisions and expiries, which publish no level event.
 * Read it from the scorecard, `GET .../verification` or the Tech Insights
 * facts. Absent means "not given", never "equal to claimed".
 *
 * @public
 */
export interface MaturityEventLevels {
  claimed: MaturityLevelNumber;
  verified?: MaturityLevelNumber;
}

/**
 * Payload of `mlops-maturity.assessment.submitted`. Figures only: no
 * answers, notes or evidence links, which are free text an owner wrote.
 *
 * @public
 */
export interface AssessmentSubmittedEventPayload {
  /** The ML service, e.g. `component:default/churn-model`. */
  entityRef: string;
  /** The new revision's number, from 1. */
  revision: number;
  /** The model version the answers were given against. */
  model: { id: string; version: string };
  /** The weighted score, 0 to 4. */
  score: number;
  level: MaturityEventLevels;
  /** The highest level every dimension reaches. */
  gatedLevel: MaturityLevelNumber;
  /** Who submitted it: a user entity ref. */
  submittedBy: string;
  /** ISO 8601. */
  submittedAt: string;
}

/**
 * Payload of `mlops-maturity.level.changed`: sent with the submission that
 * changed the claimed level (or, once it exists, the verified level).
 *
 * @public
 */
export interface LevelChangedEventPayload {
  entityRef: string;
  /** The revision that changed the level. */
  revision: number;
  /** The levels before; null for a service's first assessment. */
  from: MaturityEventLevels | null;
  to: MaturityEventLevels;
  /** ISO 8601. */
  changedAt: string;
}

/**
 * Payload of `mlops-maturity.target.missed`: a service went from meeting its
 * target, or having none, to being assessed below it. Sent once per such
 * change, not while it stays below. A service never assessed is not sent:
 * the reminders cover it.
 *
 * @public
 */
export interface TargetMissedEventPayload {
  entityRef: string;
  /** The service's levels now; the target is on the claimed level. */
  level: MaturityEventLevels;
  /** The target of `mlopsMaturity.targets` it misses. */
  target: { level: MaturityLevelNumber; title: string | null };
  /**
   * `assessment`: a submission brought the level below the target.
   * `target`: the service's target changed (the configuration, or the
   * catalog data its filter reads), or it joined the scorecard below it.
   */
  cause: 'assessment' | 'target';
  /** ISO 8601. */
  missedAt: string;
}

/**
 * Payload of `mlops-maturity.campaign.closed`, with the campaign's final
 * progress counted over every ML service in its scope.
 *
 * @public
 */
export interface CampaignClosedEventPayload {
  campaignId: string;
  title: string;
  goal: CampaignGoal;
  /** ISO 8601. */
  deadline: string;
  /** ISO 8601. */
  closedAt: string;
  /** Who closed it: a user entity ref. */
  closedBy: string;
  /** Services in scope, those that met the goal, and those that did not. */
  progress: { inScope: number; done: number; remaining: number };
}

/**
 * Payload of `mlops-maturity.review.decided`: a reviewer approved or
 * rejected one answer of a service (a level, or an N/A's exemption). No
 * comment: it is free text a reviewer wrote; the reviews API shows it to
 * those who may read the service.
 *
 * @public
 */
export interface ReviewDecidedEventPayload {
  entityRef: string;
  questionId: string;
  /** A claimed level, or an N/A's exemption. */
  kind: 'level' | 'not-applicable';
  /** The level reviewed; null for an exemption. */
  level: MaturityLevelNumber | null;
  decision: 'approved' | 'rejected';
  /** The revision whose answer was decided. */
  revision: number;
  /** Who decided: a user entity ref. */
  decidedBy: string;
  /** ISO 8601. */
  decidedAt: string;
  /** Until when an approved exemption holds (ISO 8601); null otherwise. */
  expiresAt: string | null;
}

/**
 * The payload of each topic, to type a subscriber's handler:
 * `event.eventPayload as MlopsMaturityEventPayloads[typeof event.topic]`
 * once the topic is checked.
 *
 * @public
 */
export interface MlopsMaturityEventPayloads {
  'mlops-maturity.assessment.submitted': AssessmentSubmittedEventPayload;
  'mlops-maturity.level.changed': LevelChangedEventPayload;
  'mlops-maturity.target.missed': TargetMissedEventPayload;
  'mlops-maturity.campaign.closed': CampaignClosedEventPayload;
  'mlops-maturity.review.decided': ReviewDecidedEventPayload;
}

/**
 * The payload of an event of the given topic, typed; undefined for an event
 * of any other topic. The payload is what the plugin published, not checked
 * again here.
 *
 * @public
 */
export function mlopsMaturityEventPayload<T extends MlopsMaturityEventTopic>(
  topic: T,
  event: EventParams,
): MlopsMaturityEventPayloads[T] | undefined {
  return event.topic === topic
    ? (event.eventPayload as MlopsMaturityEventPayloads[T])
    : undefined;
}
