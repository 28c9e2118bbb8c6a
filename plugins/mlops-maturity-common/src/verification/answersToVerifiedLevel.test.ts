import { defaultMaturityModel as model } from '../model/defaultModel';
import { AssessmentAnswers } from '../answers/types';
import { computeScore } from '../scoring/computeScore';
import { nextBestActions } from '../roadmap/nextBestActions';
import { answersByDimension, uniformAnswers } from '../testUtils';
import {
  answersToNextVerifiedLevel,
  answersToVerifiedLevel,
  VerifiedLevelPath,
} from './answersToVerifiedLevel';
import { computeVerifiedScore } from './computeVerifiedScore';
import { AnswerVerification, VerificationContext } from './types';

const now = new Date('2026-12-10T12:00:00.000Z');
const questionsOf = (dimensionId: string) =>
  model.questions.filter(q => q.dimensionId === dimensionId).map(q => q.id);
const people = questionsOf('people-process');
const development = questionsOf('model-development');
const monitoring = questionsOf('monitoring-operations');

/** The answers and context once a plan is carried out. */
function carryOut(
  answers: AssessmentAnswers,
  context: VerificationContext,
  path: VerifiedLevelPath,
) {
  const claim = { ...answers };
  const verification = { ...context.answers };
  for (const raise of path.raises) {
    claim[raise.questionId] = { level: raise.to };
    verification[raise.questionId] = {
      trust: 'self-reported',
      confirmedAt: context.now.toISOString(),
    };
  }
  for (const action of path.verifications) {
    const known = verification[action.questionId] ?? {};
    verification[action.questionId] = {
      review: { ...known, trust: 'reviewed' as const },
      reconfirm: { ...known, confirmedAt: context.now.toISOString() },
      'approve-exemption': { exemption: { status: 'approved' as const } },
      'renew-exemption': { exemption: { status: 'approved' as const } },
    }[action.kind];
  }
  return { answers: claim, context: { ...context, answers: verification } };
}

const verifiedLevelAfter = (
  answers: AssessmentAnswers,
  context: VerificationContext,
  path: VerifiedLevelPath,
) => {
  const done = carryOut(answers, context, path);
  return computeVerifiedScore(model, done.answers, done.context).verified.level;
};

describe('answersToVerifiedLevel', () => {
  it('asks only for reviews while the claim already reaches the level', () => {
    // Everything claimed at 3, self-reported: counted at 2, verified Level 2.
    // A People review lifts the score 0.1, a Development or Deployment one
    // 0.0625, a Monitoring one 0.05: the three People and four of the next
    // make the 0.5 to Level 3 (three of them give 0.4875).
    const answers = uniformAnswers(3);
    const context = { answers: {}, now };
    const path = answersToNextVerifiedLevel(model, answers, context)!;
    expect(path.targetLevel).toBe(3);
    expect(path.raises).toEqual([]);
    expect(path.verifications).toHaveLength(7);
    expect(path.actionCount).toBe(7);
    expect(path.verifications.every(v => v.kind === 'review')).toBe(true);
    expect(path.verifications.map(v => v.questionId)).toEqual(
      expect.arrayContaining(people),
    );
    expect(verifiedLevelAfter(answers, context, path)).toBe(3);
  });

  it('raises the claim as nextBestActions does, then counts the reviews the raised answers need', () => {
    const answers = uniformAnswers(2);
    const context = { answers: {}, now };
    const path = answersToVerifiedLevel(model, answers, context, 3)!;
    expect(path.raises).toEqual(
      nextBestActions(model, computeScore(model, answers), 3)!.raises,
    );
    expect(path.raiseCount).toBe(7);
    // Each raise to 3 is a self-reported Level 3: a review each.
    expect(path.verifications.map(v => v.questionId).sort()).toEqual(
      path.raises.map(r => r.questionId).sort(),
    );
    expect(path.actionCount).toBe(14);
    expect(verifiedLevelAfter(answers, context, path)).toBe(3);
  });

  it('needs no review for raises below requiredFromLevel', () => {
    const answers = uniformAnswers(1);
    const context = { answers: {}, now };
    const path = answersToVerifiedLevel(model, answers, context, 2)!;
    expect(path.raiseCount).toBe(7);
    expect(path.verifications).toEqual([]);
    expect(verifiedLevelAfter(answers, context, path)).toBe(2);
  });

  it('re-confirms an expired answer and approves a pending exemption when neither alone will do', () => {
    const answers = answersByDimension({
      'people-process': [2, 2, 2],
      'model-development': [2, 2, 2, 2],
      'deployment-serving': [1, 0, 0, 0],
      'monitoring-operations': [2, 2, 2, 'na'],
    });
    const verification: Record<string, AnswerVerification> = {};
    for (const q of model.questions) {
      verification[q.id] = { confirmedAt: now.toISOString() };
    }
    verification[people[0]] = { confirmedAt: '2026-01-01T00:00:00.000Z' };
    delete verification[monitoring[3]];
    const context = {
      answers: verification,
      policy: { requiredFromLevel: 3 as const, answerTtlDays: 90 },
      now,
    };
    // Claimed: 0.3 × 2 + 0.25 × 2 + 0.25 × 0.25 + 0.2 × 2 = 1.5625, Level 2.
    // Verified: People (0 + 2 + 2) / 3, Monitoring (2 + 2 + 2 + 0) / 4:
    // 0.4 + 0.5 + 0.0625 + 0.3 = 1.2625, Level 1, 0.2375 short of 1.5.
    // Re-confirming adds 0.2, approving the N/A 0.1: both, no raise.
    const path = answersToNextVerifiedLevel(model, answers, context)!;
    expect(path.targetLevel).toBe(2);
    expect(path.raises).toEqual([]);
    expect(path.verifications.map(v => [v.questionId, v.kind])).toEqual([
      [people[0], 'reconfirm'],
      [monitoring[3], 'approve-exemption'],
    ]);
    expect(verifiedLevelAfter(answers, context, path)).toBe(2);

    // Claimed at 3, the expired answer needs a review, which adds 0.3 alone.
    const atThree = { ...answers, [people[0]]: { level: 3 as const } };
    const reviewed = answersToNextVerifiedLevel(model, atThree, context)!;
    expect(reviewed.verifications.map(v => [v.questionId, v.kind])).toEqual([
      [people[0], 'review'],
    ]);
    expect(verifiedLevelAfter(atThree, context, reviewed)).toBe(2);
  });

  it('has a rejected N/A answered: a raise from 0', () => {
    const answers = answersByDimension({
      'people-process': [1, 1, 1],
      'model-development': [1, 1, 1, 'na'],
      'deployment-serving': [1, 1, 1, 1],
      'monitoring-operations': [1, 1, 1, 1],
    });
    const context: VerificationContext = {
      answers: { [development[3]]: { exemption: { status: 'rejected' } } },
      now,
    };
    // The rejected N/A counts 0 and no review can change that: the plan is
    // the claim's plan with that question at 0. The roadmap to Level 2
    // starts with training (Model Development), so it is answered first.
    const path = answersToVerifiedLevel(model, answers, context, 2)!;
    const asZero = { ...answers, [development[3]]: { level: 0 as const } };
    expect(path.raises).toEqual(
      nextBestActions(model, computeScore(model, asZero), 2)!.raises,
    );
    expect(path.raises).toContainEqual(
      expect.objectContaining({ questionId: development[3], from: 0, to: 2 }),
    );
    expect(path.verifications).toEqual([]);
    expect(verifiedLevelAfter(answers, context, path)).toBe(2);
  });

  it('has no plan without a verified score, at verified Level 4, or when only undecided N/As apply', () => {
    const context = { answers: {}, now };
    expect(answersToNextVerifiedLevel(model, {}, context)).toBeNull();
    const reviewed: Record<string, AnswerVerification> = {};
    for (const q of model.questions) reviewed[q.id] = { trust: 'reviewed' };
    expect(
      answersToNextVerifiedLevel(model, uniformAnswers(4), {
        answers: reviewed,
        now,
      }),
    ).toBeNull();
    const allNa: AssessmentAnswers = {};
    for (const q of model.questions) {
      allNa[q.id] = { notApplicable: true, reason: 'Not yet' };
    }
    // Counted as 0 everywhere; approving them leaves nothing to score.
    expect(answersToVerifiedLevel(model, allNa, context, 1)).toBeNull();
  });
});
