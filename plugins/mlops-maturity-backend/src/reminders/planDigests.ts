import { Reminder } from './decideReminders';
import { DigestService } from './digestMessages';
import { ReminderReason } from './readRemindersConfig';
import { DigestState, planDigest } from './reminderDigest';
import { DigestSend } from './ReminderSender';

/** The digests a run sends, and what they change. */
export interface DigestsToSend {
  /** One per distinct payload, to every user whose digest reads the same. */
  sends: DigestSend[];
  /** Each sending user's state once their digest is sent. */
  stateOf: Map<string, DigestState>;
  /** Reminders due across every recipient's digest, by reason (sent or not). */
  due: Record<ReminderReason, number>;
  cleared: number;
  withdrawn: number;
}

/** Zero reminders of every reason. */
export const emptyCounts = (): Record<ReminderReason, number> => ({
  stale: 0,
  'never-assessed': 0,
  'below-target': 0,
  'campaign-deadline-soon': 0,
  'campaign-deadline-passed': 0,
  'exemption-expired': 0,
});

/**
 * Plans every user's digest for one run (see planDigest): the users with a
 * reminder due now and those sent a digest before. Users whose digests read
 * the same (the members of one team, say) share one send.
 *
 * Visibility: a user's digest names only services whose reminders the user
 * receives (`dueByUser`, addressed by ownership, see ReminderRecipients);
 * a line marked done or kept needs `serviceFor` to say the user still
 * receives that service, else it is dropped unnamed.
 */
export function planDigests(input: {
  now: Date;
  repeatAfterMs: number;
  reasons: ReadonlySet<ReminderReason>;
  dueByUser: Map<string, Reminder[]>;
  previous: Map<string, DigestState>;
  /** A listed service `userRef` receives reminders of, or undefined. */
  serviceFor(userRef: string, entityRef: string): DigestService | undefined;
}): DigestsToSend {
  const { dueByUser, previous } = input;
  const result: DigestsToSend = {
    sends: [],
    stateOf: new Map(),
    due: emptyCounts(),
    cleared: 0,
    withdrawn: 0,
  };
  const byPayload = new Map<string, DigestSend>();
  const users = new Set([...dueByUser.keys(), ...previous.keys()]);
  for (const userRef of [...users].sort()) {
    const due = dueByUser.get(userRef) ?? [];
    for (const r of due) result.due[r.reason] += 1;
    const plan = planDigest(previous.get(userRef), {
      now: input.now,
      repeatAfterMs: input.repeatAfterMs,
      reasons: input.reasons,
      due,
      serviceFor: entityRef => input.serviceFor(userRef, entityRef),
    });
    if (!plan.send) continue;
    result.cleared += plan.cleared;
    result.withdrawn += plan.withdrawn;
    result.stateOf.set(userRef, plan.state!);
    const key = JSON.stringify(plan.payload);
    const send = byPayload.get(key);
    if (send) send.userRefs.push(userRef);
    else byPayload.set(key, { userRefs: [userRef], payload: plan.payload! });
  }
  result.sends = [...byPayload.values()];
  return result;
}
