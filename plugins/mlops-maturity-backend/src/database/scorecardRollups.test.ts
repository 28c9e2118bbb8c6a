import { GroupRow, summarize } from './scorecardRollups';

const group = (row: Partial<GroupRow>): GroupRow => ({
  owner: null,
  level: null,
  service_count: 0,
  assessed_count: 0,
  score_sum: null,
  stale_count: null,
  with_target_count: null,
  at_target_count: null,
  evidence_answered: null,
  evidence_backed: null,
  evidence_higher_count: null,
  verified_group_level: null,
  verified_score_sum: null,
  verified_count: null,
  verified_below_count: null,
  ...row,
});

describe('summarize', () => {
  it('gives an empty scorecard for no groups', () => {
    expect(summarize([])).toEqual({
      totalCount: 0,
      summary: {
        serviceCount: 0,
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
        notAssessed: 0,
      },
      verifiedLevelDistribution: {
        levels: { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 },
        notComputed: 0,
        notAssessed: 0,
      },
      owners: [],
    });
  });

  it('orders owners by ref with services without an owner last', () => {
    const result = summarize([
      group({ owner: null, service_count: 1 }),
      group({ owner: 'group:default/zeta', service_count: 1 }),
      group({ owner: 'group:default/alpha', service_count: 1 }),
      group({ owner: 'group:default/mid', service_count: 1 }),
    ]);
    expect(result.owners.map(o => o.owner)).toEqual([
      'group:default/alpha',
      'group:default/mid',
      'group:default/zeta',
      null,
    ]);
  });

  it('counts services per level and the unassessed apart', () => {
    const result = summarize([
      group({ owner: 'a', level: 1, service_count: 2, assessed_count: 2 }),
      group({ owner: 'b', level: 1, service_count: 3, assessed_count: 3 }),
      group({ owner: 'b', level: 4, service_count: 1, assessed_count: 1 }),
      group({ owner: 'b', level: null, service_count: 4 }),
    ]);
    expect(result.levelDistribution).toEqual({
      levels: { '0': 0, '1': 5, '2': 0, '3': 0, '4': 1 },
      notAssessed: 4,
    });
    expect(result.totalCount).toBe(10);
    expect(result.summary.serviceCount).toBe(10);
    expect(result.summary.assessedCount).toBe(6);
  });

  it('counts services per verified level, the uncomputed and the unassessed apart, and rolls them up per owner', () => {
    const result = summarize([
      // a: two at L2 verified L1, one at L2 not computed yet.
      group({
        owner: 'a',
        level: 2,
        verified_group_level: 1,
        service_count: 2,
        assessed_count: 2,
        verified_score_sum: '2.5',
        verified_count: '2',
        verified_below_count: '2',
      }),
      group({ owner: 'a', level: 2, service_count: 1, assessed_count: 1 }),
      // b: one at L3 verified L3, one not assessed.
      group({
        owner: 'b',
        level: 3,
        verified_group_level: '3',
        service_count: 1,
        assessed_count: 1,
        verified_score_sum: 3.2,
        verified_count: 1,
        verified_below_count: 0,
      }),
      group({ owner: 'b', level: null, service_count: 1 }),
    ]);
    expect(result.verifiedLevelDistribution).toEqual({
      levels: { '0': 0, '1': 2, '2': 0, '3': 1, '4': 0 },
      notComputed: 1,
      notAssessed: 1,
    });
    expect(result.summary.meanVerifiedScore).toBeCloseTo(5.7 / 3);
    expect(result.summary.verifiedBelowClaimedCount).toBe(2);
    expect(
      result.owners.map(o => [
        o.owner,
        o.lowestVerifiedLevel,
        o.meanVerifiedScore,
        o.verifiedBelowClaimedCount,
      ]),
    ).toEqual([
      ['a', 1, 1.25, 2],
      ['b', 3, 3.2, 0],
    ]);
  });

  it('reads counts and sums that the database returns as strings', () => {
    const result = summarize([
      group({
        owner: 'a',
        level: '2',
        service_count: '3',
        assessed_count: '3',
        score_sum: '150.5',
        stale_count: '1',
        with_target_count: '2',
        at_target_count: '1',
        evidence_answered: '40',
        evidence_backed: '10',
        evidence_higher_count: '2',
        verified_group_level: '1',
        verified_score_sum: '4.5',
        verified_count: '3',
        verified_below_count: '1',
      }),
    ]);
    expect(result.levelDistribution.levels['2']).toBe(3);
    expect(result.verifiedLevelDistribution.levels['1']).toBe(3);
    expect(result.summary).toEqual({
      serviceCount: 3,
      assessedCount: 3,
      staleCount: 1,
      meanScore: 150.5 / 3,
      withTargetCount: 2,
      atTargetCount: 1,
      evidenceShare: 0.25,
      evidenceSuggestsHigherCount: 2,
      meanVerifiedScore: 1.5,
      verifiedBelowClaimedCount: 1,
    });
  });

  it('weighs the evidence-backed share by answers, across levels and owners; null when nothing is measured', () => {
    const result = summarize([
      group({
        owner: 'a',
        level: 1,
        service_count: 2,
        assessed_count: 2,
        evidence_answered: 30,
        evidence_backed: 3,
        evidence_higher_count: 1,
      }),
      group({
        owner: 'a',
        level: 3,
        service_count: 1,
        assessed_count: 1,
        evidence_answered: 10,
        evidence_backed: 9,
        evidence_higher_count: 0,
      }),
      // Assessed but not measured yet, and unassessed.
      group({ owner: 'b', level: 2, service_count: 1, assessed_count: 1 }),
      group({ owner: 'b', level: null, service_count: 2 }),
    ]);
    // (3 + 9) / (30 + 10), not the mean of the groups' shares (0.1 and 0.9).
    expect(result.summary.evidenceShare).toBe(12 / 40);
    expect(result.summary.evidenceSuggestsHigherCount).toBe(1);
    const owners = Object.fromEntries(result.owners.map(o => [o.owner, o]));
    expect(owners.a).toMatchObject({
      evidenceShare: 12 / 40,
      evidenceSuggestsHigherCount: 1,
    });
    expect(owners.b).toMatchObject({
      evidenceShare: null,
      evidenceSuggestsHigherCount: 0,
    });
  });

  it('averages scores over assessed services only, null when none is assessed', () => {
    const result = summarize([
      group({
        owner: 'a',
        level: 2,
        service_count: 2,
        assessed_count: 2,
        score_sum: 100,
      }),
      group({ owner: 'a', level: null, service_count: 3 }),
      group({ owner: 'b', level: null, service_count: 2 }),
    ]);
    expect(result.summary.meanScore).toBe(50);
    expect(result.owners.find(o => o.owner === 'a')?.meanScore).toBe(50);
    expect(result.owners.find(o => o.owner === 'b')?.meanScore).toBeNull();
  });

  it("takes each owner's lowest assessed level, null when none is assessed", () => {
    const result = summarize([
      group({ owner: 'a', level: 3, service_count: 1, assessed_count: 1 }),
      group({ owner: 'a', level: 1, service_count: 1, assessed_count: 1 }),
      group({ owner: 'a', level: 2, service_count: 1, assessed_count: 1 }),
      group({ owner: 'a', level: null, service_count: 1 }),
      group({ owner: 'b', level: null, service_count: 1 }),
      group({ owner: 'c', level: 0, service_count: 1, assessed_count: 1 }),
    ]);
    expect(
      Object.fromEntries(result.owners.map(o => [o.owner, o.lowestLevel])),
    ).toEqual({ a: 1, b: null, c: 0 });
  });

  it('adds up stale counts over all groups, missing counts as none', () => {
    const result = summarize([
      group({ owner: 'a', level: 1, service_count: 4, stale_count: 2 }),
      group({ owner: 'b', level: 2, service_count: 1, stale_count: 1 }),
      group({ owner: 'b', level: null, service_count: 1, stale_count: null }),
    ]);
    expect(result.summary.staleCount).toBe(3);
  });

  it("gives each owner's share of assessed services", () => {
    const result = summarize([
      group({ owner: 'a', level: 1, service_count: 1, assessed_count: 1 }),
      group({ owner: 'a', level: null, service_count: 3 }),
      group({ owner: 'b', level: 2, service_count: 2, assessed_count: 2 }),
      group({ owner: 'c', level: null, service_count: 0 }),
    ]);
    expect(
      result.owners.map(o => [
        o.owner,
        o.serviceCount,
        o.assessedCount,
        o.assessedShare,
      ]),
    ).toEqual([
      ['a', 4, 1, 0.25],
      ['b', 2, 2, 1],
      ['c', 0, 0, 0],
    ]);
  });

  it("shares each owner's services at target among those with a target, null when none has one", () => {
    const result = summarize([
      group({
        owner: 'a',
        level: 2,
        service_count: 3,
        with_target_count: 3,
        at_target_count: 2,
      }),
      group({
        owner: 'a',
        level: null,
        service_count: 1,
        with_target_count: 1,
        at_target_count: 0,
      }),
      group({ owner: 'b', level: 1, service_count: 2 }),
    ]);
    expect(
      result.owners.map(o => [
        o.owner,
        o.withTargetCount,
        o.atTargetCount,
        o.atTargetShare,
      ]),
    ).toEqual([
      ['a', 4, 2, 0.5],
      ['b', 0, 0, null],
    ]);
    expect([
      result.summary.withTargetCount,
      result.summary.atTargetCount,
    ]).toEqual([4, 2]);
  });
});
