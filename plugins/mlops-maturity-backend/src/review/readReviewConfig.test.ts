import { ConfigReader } from '@backstage/config';
import { verificationPolicyProblems } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { readReviewConfig } from './readReviewConfig';

const read = (review: unknown) =>
  readReviewConfig(new ConfigReader({ mlopsMaturity: { review } as any }));

describe('readReviewConfig', () => {
  it('reviews from Level 3, with no answer expiry and no N/A approval, unless set', () => {
    expect(readReviewConfig(new ConfigReader({}))).toEqual({
      requiredFromLevel: 3,
      exemptions: { requireApproval: false, maxDays: 365 },
    });
  });

  it('reads every setting, as a verification policy the verified level takes', () => {
    const config = read({
      requiredFromLevel: 2,
      answerTtlDays: '180',
      exemptions: { requireApproval: 'true', maxDays: 90 },
    });
    expect(config).toEqual({
      requiredFromLevel: 2,
      answerTtlDays: 180,
      exemptions: { requireApproval: true, maxDays: 90 },
    });
    expect(verificationPolicyProblems(config)).toEqual([]);
  });

  it.each([
    [{ requiredFromLevel: 0 }, 'mlopsMaturity.review.requiredFromLevel', '0'],
    [{ requiredFromLevel: 5 }, 'mlopsMaturity.review.requiredFromLevel', '5'],
    [
      { requiredFromLevel: 2.5 },
      'mlopsMaturity.review.requiredFromLevel',
      '2.5',
    ],
    [
      { requiredFromLevel: 'three' },
      'mlopsMaturity.review.requiredFromLevel',
      '"three"',
    ],
    [{ answerTtlDays: 0 }, 'mlopsMaturity.review.answerTtlDays', '0'],
    [{ answerTtlDays: 7.5 }, 'mlopsMaturity.review.answerTtlDays', '7.5'],
    [
      { exemptions: { requireApproval: 1 } },
      'mlopsMaturity.review.exemptions.requireApproval',
      '1',
    ],
    [
      { exemptions: { maxDays: 0 } },
      'mlopsMaturity.review.exemptions.maxDays',
      '0',
    ],
    [
      { exemptions: { maxDays: 3651 } },
      'mlopsMaturity.review.exemptions.maxDays',
      '3651',
    ],
    [true, 'mlopsMaturity.review', 'true'],
  ])('refuses %j naming %s', (review, key, value) => {
    expect(() => read(review)).toThrow(`${key} must be `);
    expect(() => read(review)).toThrow(`got ${value}`);
  });
});
