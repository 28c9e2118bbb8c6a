import { createHash, randomBytes } from 'node:crypto';
import { ScorecardRow } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  maturityTabLink,
  reminderScope,
  serviceReminders,
} from './decideReminders';
import { ReminderReason } from './readRemindersConfig';
import {
  ALL_REASONS,
  context,
  daysAgo,
  KEY,
  opaqueScope,
  row,
} from './__testUtils__/reminderFixtures';

const reasonsOf = (rows: ReturnType<typeof serviceReminders>) =>
  rows.map(r => r.reason);

describe('serviceReminders', () => {
  it('asks the owners of a service never assessed to assess it, linking to its Maturity tab', () => {
    const [reminder, ...rest] = serviceReminders(
      row({ assessed: false }),
      context(),
    );
    expect(rest).toEqual([]);
    expect(reminder).toEqual({
      reason: 'never-assessed',
      entityRef: 'component:default/churn-model',
      // Its users receive it.
      owner: 'group:default/team-a',
      // What its line in the owners' digests says after the name.
      phrase: 'not assessed yet: assess it',
      payload: {
        title: 'Assess the MLOps maturity of Churn Model',
        description: expect.stringMatching(
          /^Churn Model has no MLOps maturity assessment yet, so the scorecard cannot show its level\. Open the Maturity tab/,
        ),
        link: '/catalog/default/component/churn-model/maturity',
        severity: 'normal',
        topic: 'MLOps maturity',
        scope: opaqueScope('never-assessed'),
        metadata: {
          reason: 'never-assessed',
          entityRef: 'component:default/churn-model',
        },
      },
    });
  });

  it('reminds of a stale assessment with its date and age, at low severity', () => {
    const [reminder] = serviceReminders(
      row({ stale: true, updatedAt: daysAgo(120) }),
      context(),
    );
    expect(reminder.reason).toBe('stale');
    expect(reminder.payload).toMatchObject({
      title:
        'Reassess Churn Model: its MLOps maturity assessment is 120 days old',
      severity: 'low',
      scope: opaqueScope('stale'),
    });
    expect(reminder.payload.description).toContain(
      'was submitted on 12 August 2026. Assessments older than 90 days are marked out of date',
    );
    expect(reminder.payload.description).toContain(
      'submit the assessment again',
    );
    expect(reminder.phrase).toBe(
      'assessment 120 days old (last on 12 August 2026): reassess it',
    );
  });

  it('sends nothing for a recent assessment without a target', () => {
    expect(serviceReminders(row(), context())).toEqual([]);
  });

  it('reminds of a level below the target, naming both levels and the target', () => {
    const [reminder] = serviceReminders(
      row({
        targetLevel: 2,
        targetTitle: 'Production ML at Level 2',
        targetMet: false,
      }),
      context(),
    );
    expect(reminder.reason).toBe('below-target');
    expect(reminder.payload.title).toBe(
      'Churn Model is below its MLOps maturity target: Level 1, target Level 2',
    );
    expect(reminder.payload.description).toBe(
      'Churn Model is at Level 1 (DevOps but no MLOps), below the maturity target ("Production ML at Level 2") of Level 2 (Automated Training) set for it. ' +
        'The Maturity tab shows the target and the answers that would close the gap. ' +
        'Work on those practices with the team, then update the assessment.',
    );
    expect(reminder.phrase).toBe('Level 1, below its target Level 2');
  });

  it('reminds a service with a target and no assessment of both', () => {
    const reminders = serviceReminders(
      row({ assessed: false, targetLevel: 3, targetMet: false }),
      context(),
    );
    expect(reasonsOf(reminders)).toEqual(['never-assessed', 'below-target']);
    expect(reminders[1].payload.title).toBe(
      'Churn Model needs an assessment to meet its MLOps maturity target of Level 3',
    );
    expect(reminders[1].payload.description).toContain(
      'A maturity target of Level 3 (Automated Model Deployment) applies to Churn Model, but the service has no assessment yet',
    );
    expect(reminders[1].phrase).toBe(
      'no assessment, so below its target Level 3',
    );
  });

  it('sends nothing for a service at its target', () => {
    expect(
      serviceReminders(row({ targetLevel: 1, targetMet: true }), context()),
    ).toEqual([]);
  });

  it('gives a stale service below its target both reminders, each with its own scope', () => {
    const reminders = serviceReminders(
      row({
        stale: true,
        updatedAt: daysAgo(200),
        targetLevel: 2,
        targetMet: false,
      }),
      context(),
    );
    const [stale, belowTarget] = reminders.map(r => r.payload.scope);
    expect([stale, belowTarget]).toEqual([
      reminderScope('stale', 'component:default/churn-model', KEY),
      reminderScope('below-target', 'component:default/churn-model', KEY),
    ]);
    expect(stale).not.toBe(belowTarget);
  });

  it('sends nothing for a service without an owner', () => {
    expect(
      serviceReminders(
        row({ owner: null, assessed: false, targetLevel: 2, targetMet: false }),
        context(),
      ),
    ).toEqual([]);
  });

  it.each<[ReminderReason, Partial<ScorecardRow>]>([
    ['never-assessed', { assessed: false }],
    ['stale', { stale: true, updatedAt: daysAgo(100) }],
    ['below-target', { targetLevel: 4, targetMet: false }],
  ])(
    'sends no %s reminder when that reason is turned off',
    (reason, overrides) => {
      const reasons = new Set(ALL_REASONS);
      expect(
        reasonsOf(serviceReminders(row(overrides), context({ reasons }))),
      ).toContain(reason);
      reasons.delete(reason);
      expect(
        reasonsOf(serviceReminders(row(overrides), context({ reasons }))),
      ).not.toContain(reason);
    },
  );

  it('uses the name when the entity has no title, and keeps titles within 255 characters', () => {
    expect(
      serviceReminders(row({ title: null, assessed: false }), context())[0]
        .payload.title,
    ).toBe('Assess the MLOps maturity of churn-model');
    const long = serviceReminders(
      row({ title: 'x'.repeat(400), assessed: false }),
      context(),
    )[0].payload.title;
    expect(long).toHaveLength(255);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reminds of expired exemptions, naming the questions and the first expiry, unless turned off', () => {
    const expiredExemptions = new Map([
      [
        'component:default/churn-model',
        {
          questionTitles: ['A/B testing', 'Drift detection'],
          firstExpiredAt: daysAgo(3),
        },
      ],
    ]);
    const [reminder, ...rest] = serviceReminders(
      row(),
      context({ expiredExemptions }),
    );
    expect(rest).toEqual([]);
    expect(reminder.reason).toBe('exemption-expired');
    expect(reminder.payload).toMatchObject({
      title: '2 exemptions on Churn Model have expired',
      severity: 'normal',
      scope: opaqueScope('exemption-expired'),
      link: '/catalog/default/component/churn-model/maturity',
    });
    expect(reminder.payload.description).toContain(
      'Churn Model answered "A/B testing" and "Drift detection" "not applicable", and the exemptions of 2 questions expired on 7 December 2026.',
    );
    expect(reminder.phrase).toBe(
      'exemption of "A/B testing" and "Drift detection" expired on 7 December 2026: answer it or ask for a new one',
    );
    // Another service, the reason off, or no assessment: nothing.
    expect(
      serviceReminders(
        row({ name: 'other', entityRef: 'component:default/other' }),
        context({ expiredExemptions }),
      ),
    ).toEqual([]);
    const without = new Set(ALL_REASONS);
    without.delete('exemption-expired');
    expect(
      serviceReminders(row(), context({ expiredExemptions, reasons: without })),
    ).toEqual([]);
  });
});

describe('maturityTabLink', () => {
  it('lowercases kind and namespace as the catalog routes do, and encodes each part', () => {
    expect(
      maturityTabLink(
        row({ kind: 'Component', namespace: 'ML-Team', name: 'Fraud Scorer' }),
      ),
    ).toBe('/catalog/ml-team/component/Fraud%20Scorer/maturity');
  });
});

describe('reminderScope', () => {
  const REF = 'component:default/churn-model';
  const CAMPAIGN = '0b9c2b1e-7a39-4c61-9a43-7d0d3b8a4f00';

  it('names neither the entity nor the campaign: the reason and a digest, within the 255-character column', () => {
    const long = `component:ml-team/${'a'.repeat(300)}`;
    for (const [reason, ref, campaignId, kind] of [
      ['stale', REF, undefined, 'stale'],
      ['below-target', long, undefined, 'below-target'],
      ['campaign-deadline-soon', REF, CAMPAIGN, 'campaign-deadline'],
      ['campaign-deadline-passed', long, CAMPAIGN, 'campaign-deadline'],
    ] as const) {
      const scope = reminderScope(reason, ref, KEY, campaignId);
      expect(scope).toEqual(opaqueScope(kind));
      expect(scope.length).toBeLessThanOrEqual(255);
      for (const part of ['churn-model', 'aaaa', 'ml-team', 'component:']) {
        expect(scope).not.toContain(part);
      }
      expect(scope).not.toContain(CAMPAIGN.slice(0, 8));
    }
  });

  it('is the same for the same service, reason, campaign and key, and differs when any of them does', () => {
    const scope = reminderScope('stale', REF, KEY);
    expect(reminderScope('stale', REF, Buffer.from(KEY))).toBe(scope);
    const others = [
      reminderScope('stale', 'component:default/fraud-model', KEY),
      reminderScope('never-assessed', REF, KEY),
      reminderScope('stale', REF, randomBytes(32)),
      reminderScope('campaign-deadline-soon', REF, KEY, CAMPAIGN),
      reminderScope('campaign-deadline-soon', REF, KEY, 'another'),
    ];
    expect(new Set([scope, ...others]).size).toBe(6);
    // "Deadline soon" and "deadline passed" of one campaign share theirs.
    expect(reminderScope('campaign-deadline-passed', REF, KEY, CAMPAIGN)).toBe(
      others[3],
    );
  });

  it('cannot be computed from the entity ref alone', () => {
    const digest = reminderScope('stale', REF, KEY).split(':')[2];
    for (const input of [REF, JSON.stringify([null, REF])]) {
      expect(digest).not.toBe(createHash('sha256').update(input).digest('hex'));
    }
  });
});
