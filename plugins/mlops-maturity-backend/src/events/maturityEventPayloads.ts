import {
  AssessmentRevision,
  Campaign,
  CampaignProgressCounts,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  AssessmentSubmittedEventPayload,
  CampaignClosedEventPayload,
  LevelChangedEventPayload,
  MaturityEventLevels,
  TargetMissedEventPayload,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { TargetMiss } from '../database/scorecardTypes';

/*
 * What the events carry. They reach backend code only, which may read the
 * whole catalog and call the plugin's API with its own service credentials
 * anyway; still, each payload holds only refs and maturity figures: no
 * entity titles, no answers, notes or evidence links (free text an owner
 * wrote, perhaps naming things a later reader may not see).
 */

/**
 * A level as the events carry it: the claimed level. The verified level is
 * computed after a submission's events and changes with reviews and time,
 * so `verified` is left out, never copied from the claimed level.
 */
export function eventLevels(claimed: MaturityLevelNumber): MaturityEventLevels {
  return { claimed };
}

/** `mlops-maturity.assessment.submitted` for a stored revision (complete, so scored). */
export function submittedPayload(
  revision: AssessmentRevision,
): AssessmentSubmittedEventPayload {
  const { result } = revision;
  return {
    entityRef: revision.entityRef,
    revision: revision.revision,
    model: { id: revision.modelId, version: revision.modelVersion },
    score: result.score!,
    level: eventLevels(result.level!),
    gatedLevel: result.gatedLevel!,
    submittedBy: revision.author,
    submittedAt: revision.createdAt,
  };
}

/**
 * `mlops-maturity.level.changed` when the revision's level differs from the
 * one before (`null`: the service had none); undefined when it does not.
 */
export function levelChangedPayload(
  revision: AssessmentRevision,
  previous: MaturityLevelNumber | null,
): LevelChangedEventPayload | undefined {
  const level = revision.result.level!;
  if (previous === level) return undefined;
  return {
    entityRef: revision.entityRef,
    revision: revision.revision,
    from: previous === null ? null : eventLevels(previous),
    to: eventLevels(level),
    changedAt: revision.createdAt,
  };
}

export function targetMissedPayload(
  miss: TargetMiss,
  cause: TargetMissedEventPayload['cause'],
  at: Date,
): TargetMissedEventPayload {
  return {
    entityRef: miss.entityRef,
    level: eventLevels(miss.level),
    target: { level: miss.targetLevel, title: miss.targetTitle },
    cause,
    missedAt: at.toISOString(),
  };
}

/** `mlops-maturity.campaign.closed`, with the progress over every service in scope. */
export function campaignClosedPayload(
  campaign: Campaign,
  progress: CampaignProgressCounts,
): CampaignClosedEventPayload {
  return {
    campaignId: campaign.id,
    title: campaign.title,
    goal: campaign.goal,
    deadline: campaign.deadline,
    closedAt: campaign.closedAt ?? new Date().toISOString(),
    closedBy: campaign.closedBy ?? campaign.updatedBy,
    progress: {
      inScope: progress.inScope,
      done: progress.done,
      remaining: progress.remaining,
    },
  };
}
