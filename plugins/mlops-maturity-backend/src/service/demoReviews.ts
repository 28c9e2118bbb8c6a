import { MaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ReviewStore } from '../database/ReviewStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { AnswerReview } from '../database/reviewRows';
import { DAY_MS } from './daysBefore';

/** The demo's reviewers: a member of the platform team, or the guest for the platform team's own services. */
const PLATFORM_REVIEWER = 'user:default/fei';
const GUEST_REVIEWER = 'user:default/ada';
const PLATFORM_TEAM = 'group:default/team-ml-platform';

const REJECTION =
  'The linked runbook does not show this yet: link the pipeline run or dashboard that does, then submit again.';

/** How many reviews the demo decided, by outcome. */
export interface DemoReviewCounts {
  approved: number;
  rejected: number;
  pending: number;
  /** Approved exemptions whose expiry has passed: one, so the demo shows it. */
  expired: number;
}

/** Which of one service's requests the demo approves (true), rejects (false) or leaves pending (undefined), by question. */
export interface DemoDecisionOverride {
  entityRef: string;
  decisionOf(questionId: string): boolean | undefined;
}

/**
 * The showcase's reviews: of its answers, all claimed at Level 3, the first
 * two of the first dimension and every one of the second are approved, the
 * rest wait. With the default model that is 2.45 verified (Level 2) against
 * 3.0 claimed, and approving any one more lifts it to Level 3.
 */
export function showcaseDecision(
  model: Pick<MaturityModel, 'questions' | 'dimensions'>,
  entityRef: string,
): DemoDecisionOverride {
  const [first, second] = model.dimensions.map(d =>
    model.questions.filter(q => q.dimensionId === d.id).map(q => q.id),
  );
  const approved = new Set([...(first ?? []).slice(0, 2), ...(second ?? [])]);
  return {
    entityRef,
    decisionOf: questionId => (approved.has(questionId) ? true : undefined),
  };
}

/** A small deterministic pseudo-random generator, as the demo answers use. */
function randomFor(seed: string) {
  let state = 2166136261;
  for (const char of seed)
    state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Someone who may review the service: never one of its owners. */
const reviewerFor = (owner: string | null) =>
  owner?.toLocaleLowerCase('en-US') === PLATFORM_TEAM
    ? GUEST_REVIEWER
    : PLATFORM_REVIEWER;

/**
 * Decides the demo's review requests (opened when the demo revisions were
 * submitted) the way a review board would have over the past weeks: about
 * half of the claims approved, some rejected with a comment, the rest still
 * waiting for the guest (a reviewer) to decide. Exemptions are approved for
 * six months, except one whose service's current revision is more than
 * three weeks old, which was approved until two weeks after that revision
 * and has expired (an expiry before the current revision could not stand:
 * submitting the N/A again asks anew). Decisions go through
 * the store's own `decide`, so the demo's rows are what reviewers' would be.
 */
export async function decideDemoReviews(
  reviews: ReviewStore,
  services: Array<EntityIdentity & { owner: string | null }>,
  options: {
    now: number;
    /** When each service's current revision was submitted. */
    lastRevisionAt: Map<string, number>;
    override?: DemoDecisionOverride;
  },
): Promise<DemoReviewCounts> {
  const { now, override } = options;
  const counts: DemoReviewCounts = {
    approved: 0,
    rejected: 0,
    pending: 0,
    expired: 0,
  };
  const ordered = [...services].sort((a, b) =>
    a.entityRef.localeCompare(b.entityRef),
  );
  for (const service of ordered) {
    const random = randomFor(`${service.entityRef}#reviews`);
    for (const review of await reviews.reviewsOf(service)) {
      if (review.status !== 'pending') continue;
      const draw = random();
      const outcome =
        override?.entityRef === service.entityRef
          ? overriddenOutcome(review, override, now)
          : demoOutcome(review, draw, now, {
              expireOne: counts.expired === 0,
              lastRevisionAt: options.lastRevisionAt.get(service.entityRef),
            });
      if (!outcome) {
        counts.pending += 1;
        continue;
      }
      await reviews.decide({
        ...service,
        questionId: review.questionId,
        expectedRequestedRevision: review.requestedRevision,
        decidedBy: reviewerFor(service.owner),
        ...outcome,
      });
      const expiresAt = 'expiresAt' in outcome ? outcome.expiresAt : undefined;
      if (expiresAt && expiresAt.getTime() <= now) {
        counts.expired += 1;
      } else counts[outcome.decision] += 1;
    }
  }
  return counts;
}

/** The override's decision on one of its service's requests. */
function overriddenOutcome(
  review: AnswerReview,
  override: DemoDecisionOverride,
  now: number,
) {
  const decision = override.decisionOf(review.questionId);
  if (decision === undefined || review.kind !== 'level') return undefined;
  const at = new Date(
    Math.min(Date.parse(review.requestedAt) + 2 * DAY_MS, now),
  );
  return decision
    ? { decision: 'approved' as const, at }
    : { decision: 'rejected' as const, at, comment: REJECTION };
}

/** What the demo decides on one pending request; undefined leaves it pending. */
function demoOutcome(
  review: AnswerReview,
  draw: number,
  now: number,
  expiry: { expireOne: boolean; lastRevisionAt?: number },
) {
  const requestedAt = Date.parse(review.requestedAt);
  const at = new Date(Math.min(requestedAt + 2 * DAY_MS, now));
  if (review.kind === 'not-applicable') {
    // The expired one expired after its service's current revision: a
    // revision after the expiry would have asked for a new exemption.
    const last = expiry.lastRevisionAt ?? requestedAt;
    const expires =
      expiry.expireOne && last < now - 21 * DAY_MS
        ? last + 14 * DAY_MS
        : now + 180 * DAY_MS;
    return {
      decision: 'approved' as const,
      at,
      expiresAt: new Date(expires),
      comment: 'Agreed: revisit at the next planning round.',
    };
  }
  if (draw < 0.5) return { decision: 'approved' as const, at };
  if (draw < 0.62) {
    return { decision: 'rejected' as const, at, comment: REJECTION };
  }
  return undefined;
}
