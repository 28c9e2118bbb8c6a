import { mergeOntoLatest } from './mergeAnswers';

describe('mergeOntoLatest', () => {
  it('keeps my edits and takes the latest answers elsewhere', () => {
    const base = { a: { level: 1 as const }, b: { level: 1 as const } };
    const mine = { a: { level: 3 as const }, b: { level: 1 as const } };
    const latest = { a: { level: 1 as const }, b: { level: 2 as const } };
    expect(mergeOntoLatest({ base, mine, latest })).toEqual({
      answers: { a: { level: 3 }, b: { level: 2 } },
      conflictingQuestionIds: [],
    });
  });

  it('reports questions both sides changed differently, keeping mine', () => {
    const base = { a: { level: 1 as const } };
    const mine = { a: { level: 3 as const } };
    const latest = { a: { level: 2 as const } };
    expect(mergeOntoLatest({ base, mine, latest })).toEqual({
      answers: { a: { level: 3 } },
      conflictingQuestionIds: ['a'],
    });
  });

  it('does not report questions both sides changed the same way', () => {
    const result = mergeOntoLatest({
      base: {},
      mine: { a: { level: 2 as const } },
      latest: { a: { level: 2 as const } },
    });
    expect(result.conflictingQuestionIds).toEqual([]);
  });

  it('keeps answers I cleared cleared, and adds new latest answers', () => {
    const result = mergeOntoLatest({
      base: { a: { level: 1 as const } },
      mine: {},
      latest: { a: { level: 1 as const }, c: { level: 4 as const } },
    });
    expect(result.answers).toEqual({ c: { level: 4 } });
  });
});
