import { APIRequestContext } from '@playwright/test';
import {
  AssessmentAnswers,
  computeVerifiedScore,
  EntityVerificationResponse,
  MaturityModel,
  ReviewQueueItem,
  VerificationGapCount,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** The maturity API as the guest (user:default/ada) reads it. */
export function maturityApi(request: APIRequestContext, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const get = async <T>(path: string): Promise<T> => {
    const res = await request.get(`/api/mlops-maturity${path}`, { headers });
    if (!res.ok()) throw new Error(`GET ${path}: ${res.status()}`);
    return res.json();
  };
  const assessment = (name: string) => `/assessments/component/default/${name}`;
  return {
    model: () => get<MaturityModel>('/model'),
    answers: async (name: string) =>
      (await get<{ answers: AssessmentAnswers }>(assessment(name))).answers,
    verification: (name: string) =>
      get<EntityVerificationResponse>(`${assessment(name)}/verification`),
    queue: async () =>
      (await get<{ items: ReviewQueueItem[] }>('/reviews?limit=100')).items,
    get,
  };
}

/** The name of a component's entity ref. */
export const nameOf = (entityRef: string) => entityRef.split('/')[1];

/**
 * The test's own wording of the gaps the tab lists under the verified level
 * (the plugin's translations: "2 answers at Level 3 await review").
 */
export function gapLineOf(gap: VerificationGapCount): string {
  const n = gap.count;
  const s = n === 1 ? '' : 's';
  switch (gap.reason) {
    case 'awaits-review':
      return `${n} answer${s} at Level ${gap.claimed} ${
        n === 1 ? 'awaits' : 'await'
      } review`;
    case 'exemption-expired':
      return `${n} exemption${s} expired`;
    case 'exemption-pending':
      return n === 1
        ? '1 exemption awaits approval'
        : `${n} exemptions await approval`;
    case 'exemption-rejected':
      return n === 1
        ? '1 exemption was rejected'
        : `${n} exemptions were rejected`;
    default:
      throw new Error(`no wording for ${gap.reason} in this test`);
  }
}

/**
 * The verified level once a reviewer approves `approved`: the plugin's own
 * computation with those answers reviewed, to choose the requests whose
 * decision moves the level (the assertions compare with the API after).
 */
export function verifiedLevelIfApproved(
  model: MaturityModel,
  answers: AssessmentAnswers,
  v: EntityVerificationResponse,
  approved: string,
) {
  const context = {
    policy: v.policy,
    now: new Date(),
    answers: {
      ...v.answers,
      [approved]: { ...v.answers[approved], trust: 'reviewed' as const },
    },
  };
  return computeVerifiedScore(model, answers, context).verified.level;
}

/** Two pending level requests of one service: the one to approve, the one to reject. */
export interface ChosenDecisions {
  service: string;
  title: string;
  approve: ReviewQueueItem;
  reject: ReviewQueueItem;
  before: EntityVerificationResponse;
  /** The verified level the approval gives, by the plugin's computation. */
  expectedLevel: number;
  /** Whether the approval moves the verified level. */
  moves: boolean;
  /** Whether the approval closes a step of the plan to the next verified level. */
  inPlan: boolean;
}

/**
 * Chooses, among the services in the queue with two pending level requests
 * or more, an approval that moves the verified level if the demo has one;
 * else one the plan to the next verified level asks for; else any gap.
 */
export async function chooseDecisions(
  api: ReturnType<typeof maturityApi>,
  model: MaturityModel,
  queue: ReviewQueueItem[],
): Promise<ChosenDecisions> {
  const byService = new Map<string, ReviewQueueItem[]>();
  for (const item of queue.filter(i => i.kind === 'level')) {
    byService.set(item.entityRef, [
      ...(byService.get(item.entityRef) ?? []),
      item,
    ]);
  }
  const candidates: ChosenDecisions[] = [];
  for (const [ref, items] of [...byService].sort()) {
    if (items.length < 2) continue;
    const service = nameOf(ref);
    const before = await api.verification(service);
    const answers = await api.answers(service);
    const gapIds = new Set(before.gaps.map(g => g.questionId));
    const plan = new Set(
      (before.nextVerifiedLevel?.verifications ?? []).map(a => a.questionId),
    );
    for (const approve of items.filter(i => gapIds.has(i.questionId))) {
      const reject = items.find(i => i !== approve)!;
      const expectedLevel = verifiedLevelIfApproved(
        model,
        answers,
        before,
        approve.questionId,
      )!;
      candidates.push({
        service,
        title: approve.title ?? service,
        approve,
        reject,
        before,
        expectedLevel,
        moves: expectedLevel !== before.verifiedLevel,
        inPlan: plan.has(approve.questionId),
      });
    }
  }
  const chosen =
    candidates.find(c => c.moves) ??
    candidates.find(c => c.inPlan) ??
    candidates[0];
  if (!chosen) throw new Error('the demo queue has no service to decide on');
  return chosen;
}
