import { ScorecardRow } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Campaign } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  campaignReminder,
  Reminder,
  serviceReminders,
} from './decideReminders';
import { DIGEST_MAX_LINES } from './digestMessages';
import { ReminderReason } from './readRemindersConfig';
import { DigestState, planDigest } from './reminderDigest';
import {
  ALL_REASONS,
  context,
  daysAgo,
  NOW,
  row,
} from './__testUtils__/reminderFixtures';

const HOUR = 3600_000;
const service = (name: string, overrides: Partial<ScorecardRow> = {}) =>
  row({
    entityRef: `component:default/${name}`,
    name,
    title: null,
    ...overrides,
  });
const STALE = { stale: true, updatedAt: daysAgo(120) };
const serviceFor = (entityRef: string) => ({
  name: entityRef.split('/')[1],
  link: `/catalog/default/component/${entityRef.split('/')[1]}/maturity`,
  owner: 'group:default/team-a',
});

function plan(
  previous: DigestState | undefined,
  due: Reminder[],
  options: { hoursLater?: number; reasons?: Set<ReminderReason> } = {},
) {
  return planDigest(previous, {
    now: new Date(NOW.getTime() + (options.hoursLater ?? 0) * HOUR),
    repeatAfterMs: 20 * HOUR,
    reasons: options.reasons ?? ALL_REASONS,
    due,
    serviceFor,
  });
}

describe('planDigest', () => {
  const alpha = serviceReminders(service('alpha', STALE), context());
  const bravo = serviceReminders(service('bravo', STALE), context());

  it('shows a done line once: it is not sent again only to drop it, and the next send leaves it out', () => {
    const first = plan(undefined, [...alpha, ...bravo]);
    const cleared = plan(first.state, alpha, { hoursLater: 1 });
    expect(cleared.send).toBe(true);
    expect(cleared.payload!.description).toBe(
      'alpha: assessment 120 days old (last on 12 August 2026): reassess it.\nbravo: Reassessed — nothing to do.',
    );

    const unchanged = plan(cleared.state, alpha, { hoursLater: 2 });
    expect(unchanged.send).toBe(false);
    expect(unchanged.state).toBe(cleared.state);

    const repeated = plan(cleared.state, alpha, { hoursLater: 22 });
    expect(repeated.send).toBe(true);
    expect(repeated.payload!.description).not.toContain('bravo');
    expect(repeated.state!.items.map(i => i.status)).toEqual(['due']);
  });

  it('drops, without a send or a done mark, a reason turned off in config', () => {
    const first = plan(undefined, [...alpha, ...bravo]);
    const reasons = new Set(ALL_REASONS);
    reasons.delete('stale');
    expect(plan(first.state, [], { hoursLater: 1, reasons }).send).toBe(false);
  });

  it('sends at once a campaign reminder become "deadline passed" from "deadline soon" (one line key)', () => {
    const winter: Campaign = {
      id: '0b9c2b1e-7a39-4c61-9a43-7d0d3b8a4f00',
      title: 'Winter',
      description: '',
      scope: {},
      goal: { kind: 'level', level: 2 },
      startsAt: daysAgo(30),
      deadline: daysAgo(-1),
      state: 'active',
      createdAt: daysAgo(30),
      createdBy: 'user:default/lead',
      updatedAt: daysAgo(30),
      updatedBy: 'user:default/lead',
      closedAt: null,
      closedBy: null,
    };
    const alphaRow = service('alpha');
    const soon = campaignReminder(
      alphaRow,
      winter,
      'campaign-deadline-soon',
      context(),
    )!;
    const passed = campaignReminder(
      alphaRow,
      winter,
      'campaign-deadline-passed',
      context(),
    )!;
    expect(passed.payload.scope).toBe(soon.payload.scope);
    const first = plan(undefined, [soon]);
    const next = plan(first.state, [passed], { hoursLater: 1 });
    expect(next.send).toBe(true);
    expect(next.payload!.severity).toBe('high');
  });

  it(`names at most ${DIGEST_MAX_LINES} services and counts the rest`, () => {
    const many = Array.from({ length: DIGEST_MAX_LINES + 3 }, (_, i) =>
      serviceReminders(service(`svc-${i}`, { assessed: false }), context()),
    ).flat();
    const { payload } = plan(undefined, many);
    expect(payload!.title).toBe(
      `${DIGEST_MAX_LINES + 3} ML services need attention`,
    );
    const lines = payload!.description!.split('\n');
    expect(lines).toHaveLength(DIGEST_MAX_LINES + 1);
    expect(lines[DIGEST_MAX_LINES]).toBe(
      'And 3 more: see them on the scorecard.',
    );
  });
});
