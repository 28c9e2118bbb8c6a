import {
  defaultMaturityModel as model,
  EvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { AnswerReview } from '../database/reviewRows';
import { ReviewConfig } from '../review/readReviewConfig';
import { verificationFigures } from './verificationFigures';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-07T12:00:00Z');
const CREATED = '2026-12-01T12:00:00.000Z';

const config = (over: Partial<ReviewConfig> = {}): ReviewConfig => ({
  requiredFromLevel: 3,
  exemptions: { requireApproval: true, maxDays: 365 },
  ...over,
});

const signal = (questionId: string, level: 0 | 1 | 2 | 3 | 4) =>
  ({
    questionId,
    level,
    title: 'Pipeline',
    source: 'ci',
    observedAt: CREATED,
  } as EvidenceSignal);

const review = (
  questionId: string,
  over: Partial<AnswerReview> = {},
): AnswerReview => ({
  entityRef: 'component:default/ranker',
  entityUid: 'uid-ranker',
  questionId,
  kind: 'level',
  level: 3,
  status: 'approved',
  requestedRevision: 1,
  requestedAt: CREATED,
  requestedBy: 'user:default/olivia',
  decidedRevision: 1,
  decidedBy: 'user:default/rita',
  decidedAt: CREATED,
  comment: null,
  expiresAt: null,
  ...over,
});

const [q1, q2, q3] = model.questions.map(q => q.id);
const revision = (
  answers = uniformAnswers(2),
  signals: EvidenceSignal[] = [],
) => ({
  revision: 1,
  answers,
  createdAt: CREATED,
  signals,
});

describe('verificationFigures', () => {
  it('trusts evidence first, then an approval of the same level, else the owners', () => {
    const answers = {
      ...uniformAnswers(2),
      [q1]: { level: 3 as const },
      [q2]: { level: 3 as const },
      [q3]: { level: 3 as const },
    };
    const figures = verificationFigures(
      model,
      revision(answers, [signal(q1, 3)]),
      [
        review(q1, { status: 'rejected' }),
        review(q2),
        review(q3, { level: 4 }),
      ],
      config(),
      NOW,
    );
    expect(figures.answers[q1]).toEqual({
      trust: 'evidence-backed',
      confirmedAt: CREATED,
    });
    expect(figures.answers[q2].trust).toBe('reviewed');
    // An approval of another level judges another claim.
    expect(figures.answers[q3].trust).toBe('self-reported');
    expect(figures.score.gaps.map(g => [g.questionId, g.reason])).toEqual([
      [q3, 'awaits-review'],
    ]);
    expect(figures.validUntil).toBeNull();
  });

  it('takes an N/A as pending without a review, and as approved for good when exemptions need no approval', () => {
    const answers = {
      ...uniformAnswers(2),
      [q1]: { notApplicable: true as const, reason: 'Batch only' },
    };
    const strict = verificationFigures(
      model,
      revision(answers),
      [],
      config(),
      NOW,
    );
    expect(strict.answers[q1]).toEqual({ exemption: { status: 'pending' } });
    expect(strict.score.gapCounts).toEqual([
      { reason: 'exemption-pending', claimed: 'not-applicable', count: 1 },
    ]);
    const lenient = verificationFigures(
      model,
      revision(answers),
      // A rejection left from when approval was required no longer counts.
      [review(q1, { kind: 'not-applicable', level: null, status: 'rejected' })],
      config({ exemptions: { requireApproval: false, maxDays: 365 } }),
      NOW,
    );
    expect(lenient.answers[q1]).toEqual({ exemption: { status: 'approved' } });
    expect(lenient.score.gaps).toEqual([]);
    expect(lenient.validUntil).toBeNull();
  });

  it('holds until the first exemption expires or answer outlives answerTtlDays', () => {
    const expires = new Date(NOW.getTime() + 20 * DAY_MS).toISOString();
    const answers = {
      ...uniformAnswers(2),
      [q1]: { notApplicable: true as const, reason: 'Batch only' },
    };
    const approved = review(q1, {
      kind: 'not-applicable',
      level: null,
      expiresAt: expires,
    });
    const noTtl = verificationFigures(
      model,
      revision(answers),
      [approved],
      config(),
      NOW,
    );
    expect(noTtl.answers[q1]).toEqual({
      exemption: { status: 'approved', expiresAt: expires },
    });
    expect(noTtl.validUntil?.toISOString()).toBe(expires);
    // Submitted 6 days ago, answers expire after 10: 4 days and 1 ms from now.
    const ttl = verificationFigures(
      model,
      revision(answers),
      [approved],
      config({ answerTtlDays: 10 }),
      NOW,
    );
    expect(ttl.validUntil?.getTime()).toBe(
      Date.parse(CREATED) + 10 * DAY_MS + 1,
    );
    // Once passed, the answers count at Level 0 and nothing else lies ahead but the exemption.
    const late = new Date(Date.parse(CREATED) + 11 * DAY_MS);
    const expired = verificationFigures(
      model,
      revision(answers),
      [approved],
      config({ answerTtlDays: 10 }),
      late,
    );
    expect(expired.score.verified.level).toBe(0);
    expect(expired.validUntil?.toISOString()).toBe(expires);
  });
});
