import { isStale, staleBefore } from './staleness';

describe('staleness', () => {
  const now = new Date('2026-12-20T12:00:00.000Z');

  it('puts the limit whole days of 24 hours before now', () => {
    expect(staleBefore(now, 1).toISOString()).toBe('2026-12-19T12:00:00.000Z');
    expect(staleBefore(now, 90).toISOString()).toBe('2026-09-21T12:00:00.000Z');
  });

  it('calls stale only what was updated strictly before the limit', () => {
    const before = staleBefore(now, 30);
    expect(isStale(new Date(before.getTime() - 1), before)).toBe(true);
    expect(isStale(before, before)).toBe(false);
    expect(isStale(now, before)).toBe(false);
  });

  it('reads ISO timestamps', () => {
    const before = staleBefore(now, 30);
    expect(isStale('2026-11-20T11:59:59.999Z', before)).toBe(true);
    expect(isStale('2026-11-20T12:00:00.000Z', before)).toBe(false);
  });
});
