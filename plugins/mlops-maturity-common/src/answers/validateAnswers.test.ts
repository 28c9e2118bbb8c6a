import { defaultMaturityModel as model } from '../model/defaultModel';
import { ANSWER_LIMITS } from './types';
import { validateAnswers } from './validateAnswers';
import { answersByDimension, uniformAnswers } from '../testUtils';

const fields = (answers: unknown, requireComplete = false) =>
  validateAnswers(model, answers, { requireComplete }).map(i => i.field);

describe('validateAnswers', () => {
  it('accepts well-formed answers, including N/A, notes and evidence', () => {
    const answers = {
      ...uniformAnswers(2),
      testing: {
        level: 3,
        note: 'Shadow deployments since Q2',
        evidence: [{ title: 'Runbook', url: 'https://wiki.example/runbook' }],
      },
      'ab-testing': { notApplicable: true, reason: 'Batch model, no traffic' },
    };
    expect(validateAnswers(model, answers, { requireComplete: true })).toEqual(
      [],
    );
  });

  it.each([
    ['a non-object', [], 'answers'],
    ['null', null, 'answers'],
    [
      'an unknown question',
      { 'no-such-question': { level: 1 } },
      'answers.no-such-question',
    ],
    ['a level above 4', { testing: { level: 5 } }, 'answers.testing.level'],
    ['a negative level', { testing: { level: -1 } }, 'answers.testing.level'],
    [
      'a fractional level',
      { testing: { level: 2.5 } },
      'answers.testing.level',
    ],
    ['a string level', { testing: { level: '2' } }, 'answers.testing.level'],
    [
      'no level and no N/A',
      { testing: { note: 'hi' } },
      'answers.testing.level',
    ],
    [
      'N/A without a reason',
      { testing: { notApplicable: true } },
      'answers.testing.reason',
    ],
    [
      'N/A with a blank reason',
      { testing: { notApplicable: true, reason: '  ' } },
      'answers.testing.reason',
    ],
    [
      'N/A set to false',
      { testing: { notApplicable: false, level: 1 } },
      'answers.testing.notApplicable',
    ],
    [
      'both a level and N/A',
      { testing: { notApplicable: true, reason: 'x', level: 1 } },
      'answers.testing.level',
    ],
    [
      'a reason without N/A',
      { testing: { level: 1, reason: 'x' } },
      'answers.testing.reason',
    ],
    ['an answer that is a number', { testing: 3 }, 'answers.testing'],
    [
      'a note with a NUL character',
      { testing: { level: 1, note: 'a\u0000b' } },
      'answers.testing.note',
    ],
    [
      'a reason with a control character',
      { testing: { notApplicable: true, reason: 'x\u0007' } },
      'answers.testing.reason',
    ],
    [
      'an unknown property',
      { testing: { level: 1, score: 3 } },
      'answers.testing.score',
    ],
    [
      'a note that is not a string',
      { testing: { level: 1, note: 42 } },
      'answers.testing.note',
    ],
    [
      'a note that is too long',
      {
        testing: {
          level: 1,
          note: 'x'.repeat(ANSWER_LIMITS.noteMaxLength + 1),
        },
      },
      'answers.testing.note',
    ],
    [
      'evidence that is not a list',
      { testing: { level: 1, evidence: 'https://x.example' } },
      'answers.testing.evidence',
    ],
    [
      'too many evidence links',
      {
        testing: {
          level: 1,
          evidence: Array.from({ length: 11 }, () => ({
            title: 't',
            url: 'https://x.example',
          })),
        },
      },
      'answers.testing.evidence',
    ],
    [
      'an evidence URL that is not http(s)',
      {
        testing: {
          level: 1,
          evidence: [{ title: 'x', url: ['javascript', 'alert(1)'].join(':') }],
        },
      },
      'answers.testing.evidence[0].url',
    ],
    [
      'a relative evidence URL',
      { testing: { level: 1, evidence: [{ title: 'x', url: '/wiki/page' }] } },
      'answers.testing.evidence[0].url',
    ],
    [
      'an evidence link without a title',
      { testing: { level: 1, evidence: [{ url: 'https://x.example' }] } },
      'answers.testing.evidence[0].title',
    ],
    [
      'an evidence link with extra fields',
      {
        testing: {
          level: 1,
          evidence: [{ title: 't', url: 'https://x.example', rel: 'x' }],
        },
      },
      'answers.testing.evidence[0].rel',
    ],
  ])('rejects %s and names the field', (_, answers, field) => {
    expect(fields(answers)).toContain(field);
  });

  it('reports every problem, not only the first', () => {
    expect(
      fields({ testing: { level: 9 }, rollback: { notApplicable: true } }),
    ).toEqual(['answers.testing.level', 'answers.rollback.reason']);
  });

  it('says what is wrong in words a person can act on', () => {
    const [issue] = validateAnswers(model, { testing: { level: 7 } });
    expect(issue.message).toBe(
      'answers.testing.level must be an integer from 0 to 4, got number 7',
    );
    expect(issue.questionId).toBe('testing');
  });

  it('accepts partial answers unless a complete assessment is required', () => {
    const partial = { testing: { level: 2 } };
    expect(fields(partial)).toEqual([]);
    const missing = fields(partial, true);
    expect(missing).toHaveLength(14);
    expect(missing).toContain('answers.rollback');
  });

  it('requires an applicable answer in every dimension for a complete assessment', () => {
    const answers = answersByDimension({
      'people-process': [1, 1, 1],
      'model-development': [1, 1, 1, 1],
      'deployment-serving': [1, 1, 1, 1],
      'monitoring-operations': ['na', 'na', 'na', 'na'],
    });
    const issues = validateAnswers(model, answers, { requireComplete: true });
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('Monitoring & Operations');
  });

  it('codes the problems a person can make, for a UI to say in its own words', () => {
    const coded = (answers: unknown, requireComplete = false) =>
      validateAnswers(model, answers, { requireComplete }).map(i => ({
        field: i.field,
        code: i.code,
        params: i.params,
      }));
    expect(
      coded({
        testing: { notApplicable: true, reason: '  ' },
        rollback: {
          level: 1,
          note: 'x'.repeat(ANSWER_LIMITS.noteMaxLength + 1),
        },
        alerting: {
          level: 2,
          evidence: [{ title: 'Runbook', url: 'wiki/runbook' }],
        },
      }),
    ).toEqual([
      {
        field: 'answers.testing.reason',
        code: 'required',
        params: { part: 'reason' },
      },
      {
        field: 'answers.rollback.note',
        code: 'too-long',
        params: {
          part: 'note',
          max: ANSWER_LIMITS.noteMaxLength,
          length: ANSWER_LIMITS.noteMaxLength + 1,
        },
      },
      {
        field: 'answers.alerting.evidence[0].url',
        code: 'not-a-url',
        params: undefined,
      },
    ]);
    expect(coded({ testing: { level: 2 } }, true)[0]).toEqual({
      field: 'answers.team-collaboration',
      code: 'missing',
      params: undefined,
    });
    // A malformed request, which only a program sends, has no code.
    expect(coded({ testing: { level: 'two' } })[0].code).toBeUndefined();
    const allNa = answersByDimension({
      'people-process': [1, 1, 1],
      'model-development': [1, 1, 1, 1],
      'deployment-serving': [1, 1, 1, 1],
      'monitoring-operations': ['na', 'na', 'na', 'na'],
    });
    expect(coded(allNa, true)).toEqual([
      {
        field: 'answers',
        code: 'dimension-all-not-applicable',
        params: { dimension: 'Monitoring & Operations' },
      },
    ]);
  });
});
