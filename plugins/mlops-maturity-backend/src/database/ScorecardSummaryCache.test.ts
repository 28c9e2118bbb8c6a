import { ScorecardSummaryResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { ScorecardSummaryCache } from './ScorecardSummaryCache';

const summary = (totalCount: number): ScorecardSummaryResponse => ({
  totalCount,
  summary: {
    serviceCount: totalCount,
    assessedCount: 0,
    staleCount: 0,
    meanScore: null,
    withTargetCount: 0,
    atTargetCount: 0,
    evidenceShare: null,
    evidenceSuggestsHigherCount: 0,
    meanVerifiedScore: null,
    verifiedBelowClaimedCount: 0,
  },
  levelDistribution: {
    levels: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 },
    notAssessed: totalCount,
  },
  verifiedLevelDistribution: {
    levels: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 },
    notComputed: 0,
    notAssessed: totalCount,
  },
  owners: [],
});

describe('ScorecardSummaryCache', () => {
  it('computes a key once per version, and again after the version moves', async () => {
    const cache = new ScorecardSummaryCache();
    let calls = 0;
    const compute = jest.fn(async () => summary(++calls));
    expect(await cache.get('v1', 'all', compute)).toEqual(summary(1));
    expect(await cache.get('v1', 'all', compute)).toEqual(summary(1));
    expect(compute).toHaveBeenCalledTimes(1);
    expect(await cache.get('v2', 'all', compute)).toEqual(summary(2));
    expect(compute).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(1);
  });

  it('keeps keys apart', async () => {
    const cache = new ScorecardSummaryCache();
    await cache.get('v1', 'a', async () => summary(1));
    expect(await cache.get('v1', 'b', async () => summary(2))).toEqual(
      summary(2),
    );
    expect(await cache.get('v1', 'a', async () => summary(3))).toEqual(
      summary(1),
    );
  });

  it('lets callers that arrive during a computation wait for it', async () => {
    const cache = new ScorecardSummaryCache();
    let finish: (s: ScorecardSummaryResponse) => void = () => {};
    const compute = jest.fn(
      () => new Promise<ScorecardSummaryResponse>(done => (finish = done)),
    );
    const first = cache.get('v1', 'all', compute);
    const second = cache.get('v1', 'all', compute);
    finish(summary(7));
    expect(await Promise.all([first, second])).toEqual([
      summary(7),
      summary(7),
    ]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed computation', async () => {
    const cache = new ScorecardSummaryCache();
    await expect(
      cache.get('v1', 'all', async () => {
        throw new Error('database gone');
      }),
    ).rejects.toThrow('database gone');
    expect(await cache.get('v1', 'all', async () => summary(1))).toEqual(
      summary(1),
    );
  });

  it('drops the least recently used key beyond its size', async () => {
    const cache = new ScorecardSummaryCache(2);
    await cache.get('v1', 'a', async () => summary(1));
    await cache.get('v1', 'b', async () => summary(2));
    await cache.get('v1', 'a', async () => summary(0)); // a is used again
    await cache.get('v1', 'c', async () => summary(3)); // b goes
    expect(cache.size).toBe(2);
    expect(await cache.get('v1', 'a', async () => summary(9))).toEqual(
      summary(1),
    );
    expect(await cache.get('v1', 'b', async () => summary(9))).toEqual(
      summary(9),
    );
  });
});
