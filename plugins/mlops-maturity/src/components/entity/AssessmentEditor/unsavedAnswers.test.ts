import { unsavedQuestionIds } from './unsavedAnswers';

describe('unsavedQuestionIds', () => {
  it('finds nothing when the answers are the stored ones, whatever their key order', () => {
    expect(
      unsavedQuestionIds(
        { q1: { level: 2, note: 'On call' }, q2: { level: 1 } },
        { q2: { level: 1 }, q1: { note: 'On call', level: 2 } },
      ),
    ).toEqual([]);
  });

  it('names questions answered, changed or cleared since', () => {
    expect(
      unsavedQuestionIds(
        {
          q1: { level: 2 },
          q2: {
            level: 1,
            evidence: [{ title: 'Runbook', url: 'https://a.example' }],
          },
          q3: { notApplicable: true, reason: 'Batch only' },
        },
        {
          q1: { level: 2 },
          q2: {
            level: 1,
            evidence: [{ title: 'Runbook', url: 'https://b.example' }],
          },
          q3: { notApplicable: true, reason: 'Batch only, for now' },
          q4: { level: 0 },
        },
      ),
    ).toEqual(['q2', 'q3', 'q4']);
    expect(unsavedQuestionIds({ q1: { level: 2 } }, {})).toEqual(['q1']);
  });
});
