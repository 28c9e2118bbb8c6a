import { currentAssessment } from '../../../__testUtils__/maturityFixtures';
import {
  claimedAnswers,
  review,
  verificationOf,
} from '../../../__testUtils__/verificationFixtures';
import { answerFlags } from './answerFlags';

const current = currentAssessment(3, claimedAnswers);

describe('answerFlags', () => {
  it('says who approved an answer, and who rejected one, with the comment', () => {
    const v = verificationOf(current);
    expect(answerFlags(v, 'team-collaboration', false)).toEqual([
      {
        kind: 'approved',
        by: 'user:default/grace',
        at: '2026-11-21T09:00:00Z',
      },
    ]);
    // Rejected: self-reported again, so it awaits review too, but the
    // comment says what to change.
    expect(answerFlags(v, 'deployment-process', false)).toEqual([
      {
        kind: 'rejected',
        by: 'user:default/grace',
        at: '2026-11-21T09:00:00Z',
        comment: 'Link the on-call rota.',
      },
    ]);
    expect(answerFlags(v, 'experiment-tracking', false)).toEqual([
      { kind: 'awaits-review' },
    ]);
    expect(answerFlags(v, 'testing', false)).toEqual([]);
  });

  it('tells an expired self-reported answer', () => {
    const v = verificationOf(current);
    v.gaps = [
      {
        questionId: 'testing',
        dimensionId: 'deployment-serving',
        claimed: 2,
        counted: 0,
        reason: 'expired-answer',
      },
    ];
    expect(answerFlags(v, 'testing', false)).toEqual([
      { kind: 'expired-answer' },
    ]);
  });

  it('gives an exemption its state and expiry', () => {
    const v = verificationOf(current);
    expect(answerFlags(v, 'model-monitoring', true)).toEqual([
      { kind: 'exemption-pending' },
    ]);
    expect(answerFlags(v, 'alerting', true)).toEqual([
      { kind: 'exemption-expired', expiresAt: '2026-11-01T00:00:00Z' },
    ]);

    const approved = verificationOf(current, {
      alerting: {
        exemption: { status: 'approved', expiresAt: '2027-06-01T00:00:00Z' },
      },
    });
    expect(answerFlags(approved, 'alerting', true)).toEqual([
      { kind: 'exemption-approved', expiresAt: '2027-06-01T00:00:00Z' },
    ]);

    const rejected = verificationOf(current, {
      alerting: { exemption: { status: 'rejected' } },
    });
    rejected.reviews.alerting = review('alerting', {
      kind: 'not-applicable',
      level: null,
      status: 'rejected',
      comment: 'Alerting applies to batch jobs too.',
    });
    expect(answerFlags(rejected, 'alerting', true)).toEqual([
      {
        kind: 'exemption-rejected',
        by: 'user:default/grace',
        at: '2026-11-21T09:00:00Z',
        comment: 'Alerting applies to batch jobs too.',
      },
    ]);
  });
});
