import {
  expiresAtOf,
  isValidExpiryDate,
  latestExpiryDate,
} from './exemptionExpiry';

const now = new Date('2026-12-07T18:30:00Z');

describe('exemption expiry', () => {
  it('offers maxDays ahead of now, in UTC', () => {
    expect(latestExpiryDate(now, 365)).toBe('2027-12-07');
    expect(latestExpiryDate(now, 30)).toBe('2027-01-06');
  });

  it('accepts a date after today up to the latest', () => {
    expect(isValidExpiryDate('2026-12-08', now, 30)).toBe(true);
    expect(isValidExpiryDate('2027-01-06', now, 30)).toBe(true);
    expect(isValidExpiryDate('2027-01-07', now, 30)).toBe(false);
    expect(isValidExpiryDate('2026-12-07', now, 30)).toBe(false);
    expect(isValidExpiryDate('', now, 30)).toBe(false);
    expect(isValidExpiryDate('2026-13-40', now, 30)).toBe(false);
  });

  it('sends the start of the date, never more than maxDays ahead', () => {
    const expiresAt = expiresAtOf(latestExpiryDate(now, 365));
    expect(expiresAt).toBe('2027-12-07T00:00:00.000Z');
    expect(Date.parse(expiresAt) - now.getTime()).toBeLessThanOrEqual(
      365 * 24 * 60 * 60 * 1000,
    );
  });
});
