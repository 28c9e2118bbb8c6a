import { formatScore } from './formatScore';

describe('formatScore', () => {
  it('shows 359/240 (Level 1) as 1.49, not as the Level 2 looking 1.50', () => {
    expect(formatScore(359 / 240)).toBe('1.49');
  });

  it('shows two decimals, exact values as they are, and a dash for none', () => {
    expect(formatScore(1.5)).toBe('1.50');
    expect(formatScore(2.3)).toBe('2.30');
    expect(formatScore(1.9)).toBe('1.90');
    expect(formatScore(4)).toBe('4.00');
    expect(formatScore(0)).toBe('0.00');
    expect(formatScore(null)).toBe('–');
    expect(formatScore(undefined)).toBe('–');
  });
});
