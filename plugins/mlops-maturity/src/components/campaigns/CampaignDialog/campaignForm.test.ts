import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { shippedWording } from '../../../__testUtils__/shippedWording';
import {
  CampaignFormValues,
  initialCampaignForm,
  normalizeScopeValue,
  toCampaignInput,
  toCampaignUpdate,
  validateCampaignForm,
} from './campaignForm';

const t = shippedWording();
const now = new Date(2026, 11, 2, 10, 30);

function form(change: Partial<CampaignFormValues> = {}): CampaignFormValues {
  return {
    ...initialCampaignForm(undefined, now),
    title: 'Level 2 by year end',
    deadline: '2026-12-31',
    ...change,
  };
}

const campaign: Campaign = {
  id: 'c1',
  title: 'Reassess production',
  description: 'Every production service, again.',
  scope: { lifecycle: ['production'], owner: ['group:default/team-fraud'] },
  goal: { kind: 'reassess' },
  startsAt: new Date(2026, 10, 1, 8, 0, 30).toISOString(),
  deadline: new Date(2026, 11, 15, 17, 0).toISOString(),
  state: 'active',
  createdAt: '2026-11-01T08:00:00Z',
  createdBy: 'user:default/ada',
  updatedAt: '2026-11-01T08:00:00Z',
  updatedBy: 'user:default/ada',
  closedAt: null,
  closedBy: null,
};

describe('campaign form', () => {
  it('starts a new campaign now, towards Level 2, over every ML service', () => {
    const values = initialCampaignForm(undefined, now);
    expect(values).toMatchObject({
      title: '',
      goal: '2',
      startsAt: '2026-12-02T10:30',
      deadline: '',
    });
    expect(Object.values(values.scope).every(v => v.length === 0)).toBe(true);
  });

  it('asks for a title and a deadline', () => {
    expect(
      validateCampaignForm(form({ title: '  ', deadline: '' }), t, { now }),
    ).toEqual({
      title: 'Give the campaign a title.',
      deadline: 'Choose a deadline.',
    });
    expect(validateCampaignForm(form(), t, { now })).toEqual({});
  });

  it('says how long a title and a description may be', () => {
    expect(
      validateCampaignForm(
        form({ title: 'x'.repeat(256), description: 'y'.repeat(4001) }),
        t,
        { now },
      ),
    ).toEqual({
      title: 'The title has 256 characters; at most 255 are allowed.',
      description:
        'The description has 4001 characters; at most 4000 are allowed.',
    });
  });

  it('wants a new deadline in the future, and at most two years after the start', () => {
    expect(
      validateCampaignForm(form({ deadline: '2026-12-01' }), t, { now })
        .deadline,
    ).toMatch(/^The deadline \(.+\) has passed: choose a later day\.$/);
    // The last day of a campaign lasts until it ends.
    expect(
      validateCampaignForm(form({ deadline: '2026-12-02' }), t, { now }),
    ).toEqual({});
    // A deadline that passed may stay when a campaign is edited.
    expect(
      validateCampaignForm(
        form({ startsAt: '2026-11-01T08:00', deadline: '2026-12-01' }),
        t,
        { now, deadlineBefore: '2026-12-01' },
      ),
    ).toEqual({});
    expect(
      validateCampaignForm(form({ deadline: '2028-12-31' }), t, { now }),
    ).toEqual({
      deadline:
        'A campaign may run at most 731 days: choose an earlier deadline or a later start.',
    });
  });

  it('wants the deadline after the start', () => {
    const errors = validateCampaignForm(
      form({ startsAt: '2026-12-31T10:00', deadline: '2026-12-30' }),
      t,
      { now },
    );
    expect(errors.deadline).toMatch(
      /^The deadline \(.+\) must be after the start \(.+\)\.$/,
    );
    // The deadline day lasts until it ends: a start that morning is fine.
    expect(
      validateCampaignForm(
        form({ startsAt: '2026-12-30T10:00', deadline: '2026-12-30' }),
        t,
        { now },
      ),
    ).toEqual({});
  });

  it('completes bare names in entity-ref scope fields and trims the rest', () => {
    expect(normalizeScopeValue('owner', 'team-fraud')).toBe(
      'group:default/team-fraud',
    );
    expect(normalizeScopeValue('owner', 'user:default/ada')).toBe(
      'user:default/ada',
    );
    expect(normalizeScopeValue('system', 'ml/payments')).toBe(
      'system:ml/payments',
    );
    expect(normalizeScopeValue('lifecycle', ' production ')).toBe('production');
  });

  it('sends the whole campaign on create, the deadline at the end of its day', () => {
    const input = toCampaignInput(
      form({
        description: ' Before the audit. ',
        goal: 'reassess',
        scope: {
          owner: ['team-fraud', 'group:default/team-fraud'],
          system: [],
          domain: [],
          lifecycle: ['production'],
          type: [],
          tag: ['pii'],
        },
      }),
    );
    expect(input).toEqual({
      title: 'Level 2 by year end',
      description: 'Before the audit.',
      goal: { kind: 'reassess' },
      scope: {
        owner: ['group:default/team-fraud'],
        lifecycle: ['production'],
        tag: ['pii'],
      },
      startsAt: now.toISOString(),
      deadline: new Date(2026, 11, 31, 23, 59, 59, 999).toISOString(),
    });
  });

  it('sends only what changed on edit, keeping a start and deadline the form rounds', () => {
    const values = initialCampaignForm(campaign);
    expect(values.goal).toBe('reassess');
    expect(values.deadline).toBe('2026-12-15');
    expect(toCampaignUpdate(values, campaign)).toEqual({});
    expect(
      toCampaignUpdate(
        { ...values, title: 'Reassess production services', goal: '3' },
        campaign,
      ),
    ).toEqual({
      title: 'Reassess production services',
      goal: { kind: 'level', level: 3 },
    });
    expect(
      toCampaignUpdate(
        {
          ...values,
          deadline: '2026-12-20',
          scope: { ...values.scope, lifecycle: [] },
        },
        campaign,
      ),
    ).toEqual({
      deadline: new Date(2026, 11, 20, 23, 59, 59, 999).toISOString(),
      scope: { owner: ['group:default/team-fraud'] },
    });
  });
});
