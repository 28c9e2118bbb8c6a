import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { campaignReason, campaignReminder } from './decideReminders';
import {
  ALL_REASONS,
  context,
  DAY,
  daysAgo,
  NOW,
  opaqueScope,
  row,
} from './__testUtils__/reminderFixtures';

const campaign = (overrides: Partial<Campaign> = {}): Campaign => ({
  id: '0b9c2b1e-7a39-4c61-9a43-7d0d3b8a4f00',
  title: 'Winter reassessment',
  description: '',
  scope: {},
  goal: { kind: 'level', level: 2 },
  startsAt: daysAgo(30),
  deadline: new Date(NOW.getTime() + 5 * DAY).toISOString(),
  state: 'active',
  createdAt: daysAgo(30),
  createdBy: 'user:default/lead',
  updatedAt: daysAgo(30),
  updatedBy: 'user:default/lead',
  closedAt: null,
  closedBy: null,
  ...overrides,
});

describe('campaignReason', () => {
  const inDays = (n: number) => new Date(NOW.getTime() + n * DAY).toISOString();

  it.each([
    [inDays(30), undefined],
    [inDays(7.5), undefined],
    [inDays(7), 'campaign-deadline-soon'],
    [inDays(0.1), 'campaign-deadline-soon'],
    [NOW.toISOString(), 'campaign-deadline-passed'],
    [inDays(-20), 'campaign-deadline-passed'],
  ])('a deadline at %s gives %p', (deadline, reason) => {
    expect(campaignReason(campaign({ deadline }), context())).toBe(reason);
  });

  it('follows deadlineSoonDays', () => {
    expect(
      campaignReason(
        campaign({ deadline: inDays(10) }),
        context({ deadlineSoonDays: 14 }),
      ),
    ).toBe('campaign-deadline-soon');
  });

  it('gives nothing for a closed campaign, one not started, or a reason turned off', () => {
    expect(campaignReason(campaign({ state: 'closed' }), context())).toBe(
      undefined,
    );
    expect(
      campaignReason(
        campaign({ startsAt: inDays(1), deadline: inDays(3) }),
        context(),
      ),
    ).toBe(undefined);
    const reasons = new Set(ALL_REASONS);
    reasons.delete('campaign-deadline-soon');
    expect(campaignReason(campaign(), context({ reasons }))).toBe(undefined);
    expect(
      campaignReason(campaign({ deadline: inDays(-1) }), context({ reasons })),
    ).toBe('campaign-deadline-passed');
  });
});

describe('campaignReminder', () => {
  it('says what a level campaign asks, by when, and where the service stands', () => {
    const reminder = campaignReminder(
      row(),
      campaign(),
      'campaign-deadline-soon',
      context(),
    )!;
    expect(reminder).toMatchObject({
      reason: 'campaign-deadline-soon',
      entityRef: 'component:default/churn-model',
      phrase: 'campaign "Winter reassessment" ends in 5 days, not done yet',
      campaignTitle: 'Winter reassessment',
      payload: {
        title:
          'Campaign "Winter reassessment" ends in 5 days: Churn Model is not done yet',
        description:
          'The campaign "Winter reassessment" asks for every ML service in its scope to reach Level 2 (Automated Training) by 15 December 2026. ' +
          'Churn Model is at Level 1. Its Maturity tab shows what would take it to Level 2; update the assessment when the team has made the changes.',
        link: '/catalog/default/component/churn-model/maturity',
        severity: 'normal',
        metadata: {
          reason: 'campaign-deadline-soon',
          campaignId: '0b9c2b1e-7a39-4c61-9a43-7d0d3b8a4f00',
        },
      },
    });
  });

  it('says a reassessment campaign has passed its deadline, at high severity', () => {
    const reminder = campaignReminder(
      row({ updatedAt: daysAgo(45) }),
      campaign({
        goal: { kind: 'reassess' },
        deadline: daysAgo(2),
      }),
      'campaign-deadline-passed',
      context(),
    )!;
    expect(reminder.payload.severity).toBe('high');
    expect(reminder.phrase).toBe(
      'campaign "Winter reassessment" passed its deadline of 8 December 2026, not done',
    );
    expect(reminder.payload.title).toBe(
      'Campaign "Winter reassessment" is past its deadline: Churn Model is not done',
    );
    expect(reminder.payload.description).toBe(
      'The campaign "Winter reassessment" asked for every ML service in its scope to be reassessed between 10 November 2026 and 8 December 2026; that date has passed. ' +
        'Churn Model was last assessed on 26 October 2026, before the campaign started. ' +
        'Open its Maturity tab, check each answer against how the team works today, and submit the assessment. ' +
        'If the campaign should not apply to this service, tell the people running it.',
    );
  });

  it('keeps one notification per service and campaign: "passed" replaces "soon"', () => {
    const soon = campaignReminder(
      row(),
      campaign(),
      'campaign-deadline-soon',
      context(),
    )!;
    const passed = campaignReminder(
      row(),
      campaign(),
      'campaign-deadline-passed',
      context(),
    )!;
    const other = campaignReminder(
      row(),
      campaign({ id: 'another' }),
      'campaign-deadline-soon',
      context(),
    )!;
    expect(soon.payload.scope).toEqual(opaqueScope('campaign-deadline'));
    expect(passed.payload.scope).toBe(soon.payload.scope);
    expect(other.payload.scope).not.toBe(soon.payload.scope);
  });

  it('says "within a day" on the last day, and sends nothing without an owner', () => {
    const lastDay = campaign({
      deadline: new Date(NOW.getTime() + 3 * 60 * 60 * 1000).toISOString(),
    });
    expect(
      campaignReminder(
        row({ assessed: false }),
        lastDay,
        'campaign-deadline-soon',
        context(),
      )!.payload.title,
    ).toBe(
      'Campaign "Winter reassessment" ends within a day: Churn Model is not done yet',
    );
    expect(
      campaignReminder(
        row({ owner: null }),
        lastDay,
        'campaign-deadline-soon',
        context(),
      ),
    ).toBe(undefined);
  });
});
