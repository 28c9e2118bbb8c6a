import {
  deadlineStatus,
  endOfDateInput,
  fromDateTimeInput,
  toDateInput,
  toDateTimeInput,
} from './campaignDeadline';

// Local times: the count is in the reader's calendar days.
const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min);

describe('deadlineStatus', () => {
  const now = at(2026, 12, 2, 10, 30);

  it('counts whole calendar days left, whatever the time of day', () => {
    expect(deadlineStatus(at(2026, 12, 3, 23, 59).toISOString(), now)).toEqual({
      kind: 'left',
      days: 1,
    });
    expect(deadlineStatus(at(2026, 12, 3, 0, 1).toISOString(), now)).toEqual({
      kind: 'left',
      days: 1,
    });
    expect(deadlineStatus(at(2026, 12, 31, 23, 59).toISOString(), now)).toEqual(
      { kind: 'left', days: 29 },
    );
  });

  it('is due today until the deadline passes, then overdue', () => {
    expect(deadlineStatus(at(2026, 12, 2, 23, 59).toISOString(), now)).toEqual({
      kind: 'left',
      days: 0,
    });
    expect(deadlineStatus(at(2026, 12, 2, 9, 0).toISOString(), now)).toEqual({
      kind: 'overdue',
      days: 0,
    });
  });

  it('counts the days since a deadline passed', () => {
    expect(deadlineStatus(at(2026, 11, 29, 23, 59).toISOString(), now)).toEqual(
      { kind: 'overdue', days: 3 },
    );
  });
});

describe('date inputs', () => {
  it('writes the local day and minute as date inputs hold them', () => {
    const date = at(2026, 3, 7, 9, 5);
    expect(toDateInput(date)).toBe('2026-03-07');
    expect(toDateTimeInput(date)).toBe('2026-03-07T09:05');
    expect(fromDateTimeInput('2026-03-07T09:05')).toEqual(date);
  });

  it('makes a deadline day last until it ends', () => {
    expect(endOfDateInput('2026-12-31')).toEqual(
      new Date(2026, 11, 31, 23, 59, 59, 999),
    );
  });

  it('reads nothing from what is not a date', () => {
    expect(endOfDateInput('')).toBeUndefined();
    expect(endOfDateInput('2026-02-30')).toBeUndefined();
    expect(endOfDateInput('31/12/2026')).toBeUndefined();
    expect(fromDateTimeInput('2026-12-31')).toBeUndefined();
  });
});
