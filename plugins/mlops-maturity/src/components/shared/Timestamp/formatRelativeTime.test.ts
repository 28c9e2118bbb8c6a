import { formatRelativeTime } from './formatRelativeTime';

describe('formatRelativeTime', () => {
  const now = new Date('2024-06-15T12:00:00Z');

  it('uses the largest whole unit', () => {
    expect(formatRelativeTime(new Date('2024-06-12T12:00:00Z'), now)).toBe(
      '3 days ago',
    );
    expect(formatRelativeTime(new Date('2024-06-15T10:00:00Z'), now)).toBe(
      '2 hours ago',
    );
  });

  it('says "just now" under a minute', () => {
    expect(formatRelativeTime(new Date('2024-06-15T11:59:30Z'), now)).toBe(
      'just now',
    );
  });
});
