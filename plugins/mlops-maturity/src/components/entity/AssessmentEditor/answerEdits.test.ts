import { ANSWER_LIMITS } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { evidenceSignal } from '../../../__testUtils__/evidenceFixtures';
import { acceptSignal } from './answerEdits';

const pagerDuty = evidenceSignal(
  'incident-response',
  3,
  'On-call alerts through PagerDuty',
);
const link = { title: pagerDuty.title, url: pagerDuty.url! };

describe('acceptSignal', () => {
  it("sets the signal's level and adds it as an evidence link", () => {
    expect(acceptSignal({}, 'incident-response', pagerDuty)).toEqual({
      'incident-response': { level: 3, evidence: [link] },
    });
  });

  it('keeps the note and the links already there, and links a signal once', () => {
    const runbook = { title: 'Runbook', url: 'https://wiki.example/r' };
    const answers = {
      'incident-response': {
        level: 1 as const,
        note: 'Paged',
        evidence: [runbook],
      },
    };
    const accepted = acceptSignal(answers, 'incident-response', pagerDuty);
    expect(accepted['incident-response']).toEqual({
      level: 3,
      note: 'Paged',
      evidence: [runbook, link],
    });
    expect(acceptSignal(accepted, 'incident-response', pagerDuty)).toEqual(
      accepted,
    );
  });

  it('turns an N/A answer into the level, dropping the reason', () => {
    expect(
      acceptSignal(
        { 'incident-response': { notApplicable: true, reason: 'Batch' } },
        'incident-response',
        pagerDuty,
      ),
    ).toEqual({ 'incident-response': { level: 3, evidence: [link] } });
  });

  it('sets only the level for a signal without a URL, or when the links are full', () => {
    const noUrl = { ...pagerDuty, url: undefined };
    expect(acceptSignal({}, 'incident-response', noUrl)).toEqual({
      'incident-response': { level: 3 },
    });
    const full = Array.from(
      { length: ANSWER_LIMITS.evidenceMaxItems },
      (_, i) => ({ title: `Link ${i}`, url: `https://wiki.example/${i}` }),
    );
    expect(
      acceptSignal(
        { 'incident-response': { level: 2, evidence: full } },
        'incident-response',
        pagerDuty,
      ),
    ).toEqual({ 'incident-response': { level: 3, evidence: full } });
  });
});
