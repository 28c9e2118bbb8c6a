import {
  AssessmentAnswer,
  AssessmentAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

function sameAnswer(
  a: AssessmentAnswer | undefined,
  b: AssessmentAnswer | undefined,
): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Replays the edits made since `base` onto `latest` (a three-way merge per
 * question): questions the user changed keep the user's answer, every other
 * question takes the latest one. Questions both sides changed differently are
 * reported so the user can review them.
 */
export function mergeOntoLatest(options: {
  base: AssessmentAnswers;
  mine: AssessmentAnswers;
  latest: AssessmentAnswers;
}): { answers: AssessmentAnswers; conflictingQuestionIds: string[] } {
  const { base, mine, latest } = options;
  const questionIds = new Set([
    ...Object.keys(base),
    ...Object.keys(mine),
    ...Object.keys(latest),
  ]);
  const answers: AssessmentAnswers = {};
  const conflictingQuestionIds: string[] = [];
  for (const id of questionIds) {
    const mineChanged = !sameAnswer(mine[id], base[id]);
    const theirsChanged = !sameAnswer(latest[id], base[id]);
    const chosen = mineChanged ? mine[id] : latest[id];
    if (chosen !== undefined) answers[id] = chosen;
    if (mineChanged && theirsChanged && !sameAnswer(mine[id], latest[id])) {
      conflictingQuestionIds.push(id);
    }
  }
  return { answers, conflictingQuestionIds };
}
