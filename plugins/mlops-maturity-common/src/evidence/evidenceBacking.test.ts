import { AssessmentAnswers } from '../answers/types';
import { EvidenceSignal } from '../evidence';
import { defaultMaturityModel as model } from '../model/defaultModel';
import { MaturityLevelNumber } from '../model/types';
import { uniformAnswers } from '../testUtils';
import { evidenceBacking, isEvidenceSuggestion } from './evidenceBacking';

function signal(
  questionId: string,
  level: MaturityLevelNumber,
  url: string | undefined = `https://tools.example/${questionId}`,
): EvidenceSignal {
  return {
    questionId,
    level,
    title: `Evidence for ${questionId}`,
    ...(url && { url }),
    source: 'catalog',
    observedAt: '2024-05-01T00:00:00Z',
  };
}

describe('evidenceBacking', () => {
  it('backs an answer whose signal shows at least its level, and hints where it claims more', () => {
    const answers: AssessmentAnswers = {
      'incident-response': { level: 3 },
      alerting: { level: 2 },
      testing: { level: 4 },
      rollback: { level: 2 },
    };
    const backing = evidenceBacking(model, answers, [
      signal('incident-response', 3),
      signal('alerting', 3),
      signal('testing', 1),
    ]);

    expect(backing.answers['incident-response']).toMatchObject({
      status: 'evidence-backed',
      backedBySignal: true,
      backedByLinks: false,
      aboveEvidence: false,
    });
    // Lower than the evidence: backed, and a suggestion to raise it.
    expect(backing.answers.alerting).toMatchObject({
      status: 'evidence-backed',
      aboveEvidence: false,
    });
    // More than the evidence shows: self-reported, with the hint.
    expect(backing.answers.testing).toMatchObject({
      status: 'self-reported',
      backedBySignal: false,
      aboveEvidence: true,
      signal: { level: 1 },
    });
    // No signal at all: self-reported, no hint.
    expect(backing.answers.rollback).toEqual({
      questionId: 'rollback',
      level: 2,
      status: 'self-reported',
      backedBySignal: false,
      backedByLinks: false,
      aboveEvidence: false,
    });
    expect(backing.answeredCount).toBe(4);
    expect(backing.backedCount).toBe(2);
    expect(backing.backedShare).toBe(0.5);
    expect(backing.higherLevelCount).toBe(1);
  });

  it('backs an answer that carries an evidence link, whatever the signals', () => {
    const backing = evidenceBacking(
      model,
      {
        testing: {
          level: 4,
          evidence: [{ title: 'Shadow tests', url: 'https://ci.example/1' }],
        },
        rollback: { level: 3 },
      },
      [signal('testing', 1)],
    );
    expect(backing.answers.testing).toMatchObject({
      status: 'evidence-backed',
      backedByLinks: true,
      backedBySignal: false,
      // The owner's link backs it; the catalog still shows less.
      aboveEvidence: true,
    });
    expect(backing.answers.rollback.status).toBe('self-reported');
    expect(backing.backedShare).toBe(0.5);
  });

  it("does not let an accepted signal's link back a level above the signal", () => {
    const accepted = signal('incident-response', 3);
    const link = { title: accepted.title, url: accepted.url! };
    const atSignal = evidenceBacking(
      model,
      { 'incident-response': { level: 3, evidence: [link] } },
      [accepted],
    );
    expect(atSignal.answers['incident-response']).toMatchObject({
      status: 'evidence-backed',
      backedByLinks: true,
    });

    const raised = evidenceBacking(
      model,
      { 'incident-response': { level: 4, evidence: [link] } },
      [accepted],
    );
    expect(raised.answers['incident-response']).toMatchObject({
      status: 'self-reported',
      backedByLinks: false,
      aboveEvidence: true,
    });

    // Another link beside it still backs the raise.
    const withRunbook = evidenceBacking(
      model,
      {
        'incident-response': {
          level: 4,
          evidence: [
            link,
            { title: 'Auto-remediation', url: 'https://wiki.example/heal' },
          ],
        },
      },
      [accepted],
    );
    expect(withRunbook.answers['incident-response'].status).toBe(
      'evidence-backed',
    );
  });

  it('suggests signals for unanswered questions and answers below them, in model order', () => {
    const backing = evidenceBacking(
      model,
      { alerting: { level: 1 }, rollback: { level: 2 } },
      [
        signal('alerting', 3),
        signal('rollback', 2),
        signal('incident-response', 3, undefined),
      ],
    );
    expect(
      backing.suggestions.map(s => [
        s.questionId,
        s.signal.level,
        s.answeredLevel,
      ]),
    ).toEqual([
      ['incident-response', 3, null],
      ['alerting', 3, 1],
    ]);
    // Only answered questions count: the unanswered suggestion is not "higher than answered".
    expect(backing.higherLevelCount).toBe(1);
  });

  it('leaves N/A answers out: neither counted nor suggested', () => {
    const backing = evidenceBacking(
      model,
      {
        'ab-testing': { notApplicable: true, reason: 'A batch pipeline' },
        testing: { level: 1 },
      },
      [signal('ab-testing', 3), signal('testing', 1)],
    );
    expect(backing.answers['ab-testing']).toBeUndefined();
    expect(backing.suggestions).toEqual([]);
    expect(backing.answeredCount).toBe(1);
    expect(backing.backedShare).toBe(1);
  });

  it('has no share when nothing is answered', () => {
    const backing = evidenceBacking(model, {}, [signal('testing', 1)]);
    expect(backing.answeredCount).toBe(0);
    expect(backing.backedShare).toBeNull();
    expect(backing.suggestions).toHaveLength(1);
  });

  it('counts every answer self-reported when there is no evidence at all', () => {
    const backing = evidenceBacking(model, uniformAnswers(2), []);
    expect(backing.answeredCount).toBe(model.questions.length);
    expect(backing.backedCount).toBe(0);
    expect(backing.backedShare).toBe(0);
    expect(backing.suggestions).toEqual([]);
  });

  it('ignores answers and signals of questions the model lacks, and keeps the highest signal of a question', () => {
    const backing = evidenceBacking(
      model,
      { 'old-question': { level: 4 }, alerting: { level: 3 } },
      [
        signal('old-question', 4),
        signal('alerting', 2, 'https://grafana.example/d'),
        signal('alerting', 3, 'https://grafana.example/alerts'),
      ],
    );
    expect(Object.keys(backing.answers)).toEqual(['alerting']);
    expect(backing.answers.alerting).toMatchObject({
      status: 'evidence-backed',
      signal: { url: 'https://grafana.example/alerts' },
    });
    expect(backing.suggestions).toEqual([]);
  });
});

describe('isEvidenceSuggestion', () => {
  const pagerDuty = signal('incident-response', 3);

  it.each([
    ['unanswered', undefined, true],
    ['answered below', { level: 2 as const }, true],
    ['answered at the level', { level: 3 as const }, false],
    ['answered above', { level: 4 as const }, false],
    ['N/A', { notApplicable: true as const, reason: 'No users' }, false],
  ])('%s', (_, answer, expected) => {
    expect(isEvidenceSuggestion(answer, pagerDuty)).toBe(expected);
  });
});
