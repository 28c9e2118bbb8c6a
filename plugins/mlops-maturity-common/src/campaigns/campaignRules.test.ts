import {
  MAX_CAMPAIGN_DAYS,
  campaignScheduleProblems,
  campaignTextProblems,
} from './campaignRules';

const now = new Date('2027-01-01T00:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();

describe('campaignTextProblems', () => {
  it('requires a title with more than white space', () => {
    expect(campaignTextProblems({ title: '  ' })).toEqual([
      { field: 'title', code: 'required' },
    ]);
  });

  it('measures the title trimmed, up to 255 characters', () => {
    expect(campaignTextProblems({ title: ` ${'t'.repeat(255)} ` })).toEqual([]);
    expect(campaignTextProblems({ title: 't'.repeat(256) })).toEqual([
      { field: 'title', code: 'tooLong', length: 256, max: 255 },
    ]);
  });

  it('allows a description of up to 4000 characters, measured as given', () => {
    expect(campaignTextProblems({ description: 'd'.repeat(4000) })).toEqual([]);
    expect(
      campaignTextProblems({ description: ` ${'d'.repeat(4000)}` }),
    ).toEqual([
      { field: 'description', code: 'tooLong', length: 4001, max: 4000 },
    ]);
  });

  it('checks only the fields given', () => {
    expect(campaignTextProblems({})).toEqual([]);
  });
});

describe('campaignScheduleProblems', () => {
  const set = { now, deadlineSet: true };

  it('accepts a deadline after the start, within two years', () => {
    expect(
      campaignScheduleProblems(
        { startsAt: at(0), deadline: at(MAX_CAMPAIGN_DAYS) },
        set,
      ),
    ).toEqual([]);
  });

  it('requires a start and a deadline', () => {
    expect(campaignScheduleProblems({}, set)).toEqual([
      { field: 'startsAt', code: 'required' },
      { field: 'deadline', code: 'required' },
    ]);
  });

  it('refuses a deadline being set in the past, but not one kept', () => {
    const dates = { startsAt: at(-10), deadline: at(0) };
    expect(campaignScheduleProblems(dates, set)).toEqual([
      { field: 'deadline', code: 'passed', deadline: dates.deadline },
    ]);
    expect(
      campaignScheduleProblems(dates, { now, deadlineSet: false }),
    ).toEqual([]);
  });

  it('refuses a deadline not after the start', () => {
    const dates = { startsAt: at(5), deadline: at(5) };
    expect(campaignScheduleProblems(dates, set)).toEqual([
      {
        field: 'deadline',
        code: 'notAfterStart',
        deadline: dates.deadline,
        startsAt: dates.startsAt,
      },
    ]);
  });

  it('refuses a campaign longer than MAX_CAMPAIGN_DAYS', () => {
    expect(MAX_CAMPAIGN_DAYS).toBe(731);
    expect(
      campaignScheduleProblems(
        { startsAt: at(0), deadline: at(MAX_CAMPAIGN_DAYS + 1 / 24) },
        set,
      ),
    ).toEqual([{ field: 'deadline', code: 'tooFar', maxDays: 731 }]);
  });

  it('checks a deadline against the clock without a start', () => {
    expect(campaignScheduleProblems({ deadline: at(-1) }, set)).toEqual([
      { field: 'startsAt', code: 'required' },
      { field: 'deadline', code: 'passed', deadline: at(-1) },
    ]);
  });
});
