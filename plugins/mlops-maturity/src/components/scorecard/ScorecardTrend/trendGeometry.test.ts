import {
  bandOf,
  LABEL_SPACING,
  labelledIndexes,
  niceCeiling,
} from './trendGeometry';

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000)
      .toISOString()
      .slice(0, 10),
  );

describe('trendGeometry', () => {
  it('rounds the count axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 10_000].map(niceCeiling)).toEqual([
      1, 1, 5, 10, 20, 200, 10_000,
    ]);
  });

  it('labels the first day of each month over a long range, never crowded', () => {
    const dates = days('2026-01-15', 365);
    const picked = labelledIndexes(dates);
    const labelled = picked.map(i => dates[i]);
    expect(labelled[0]).toBe('2026-01-15');
    // 1 February is too close to the first label; every later month starts.
    expect(labelled.slice(1, 4)).toEqual([
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
    ]);
    expect(labelled.slice(1).every(d => d.endsWith('-01'))).toBe(true);
    const { width } = bandOf(dates.length);
    for (let i = 1; i < picked.length; i++) {
      expect((picked[i] - picked[i - 1]) * width).toBeGreaterThanOrEqual(
        LABEL_SPACING,
      );
    }
  });

  it('labels single days over a short range, as many as fit', () => {
    const dates = days('2026-03-01', 10);
    expect(labelledIndexes(dates)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const month = days('2026-03-01', 60);
    const picked = labelledIndexes(month);
    expect(picked.length).toBeLessThan(60);
    expect(picked[0]).toBe(0);
  });
});
