import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Reminder } from './decideReminders';
import { ReminderReason } from './readRemindersConfig';

/** A reminder with the users it goes to (see ReminderRecipients). */
export interface AddressedReminder extends Reminder {
  /** User entity refs; the notifications backend sends to each as it is. */
  recipients: string[];
}

/** What one pass of sending did. */
export interface SendResult {
  /** Notifications sent, by reason. */
  sent: Record<ReminderReason, number>;
  /** Sends that failed (logged, the rest still sent). */
  failed: number;
  /** The notifications backend is not installed: the pass stopped at the first send. */
  unavailable: boolean;
  /** The task's time ran out (or the backend is shutting down): the pass stopped early. */
  aborted: boolean;
}

/** Failures logged one by one; beyond them only counted. */
const LOGGED_FAILURES = 10;

/**
 * The notifications service throws `Failed to send notifications: Error:
 * Request failed with status 404` when no notifications backend answers.
 */
const isNotInstalled = (error: unknown) =>
  /\bstatus 404\b|\bnot found\b/i.test(String(error));

/** Zero notifications of every reason. */
export const emptyCounts = (): Record<ReminderReason, number> => ({
  stale: 0,
  'never-assessed': 0,
  'below-target': 0,
  'campaign-deadline-soon': 0,
  'campaign-deadline-passed': 0,
});

/**
 * Sends reminders through the notifications service, each as one
 * notification to its recipients (user refs, which the notifications backend
 * takes as they are). A failing send is logged and counted and the others
 * still go; a missing notifications backend stops the pass with one warning.
 */
export class ReminderSender {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      logger: LoggerService;
      /** Sends in flight at once (the notifications backend throttles too). */
      concurrency?: number;
    },
  ) {}

  async sendAll(
    reminders: AddressedReminder[],
    signal?: AbortSignal,
  ): Promise<SendResult> {
    const { notifications, logger } = this.options;
    const result: SendResult = {
      sent: emptyCounts(),
      failed: 0,
      unavailable: false,
      aborted: false,
    };
    let next = 0;
    const stopped = () => result.unavailable || result.aborted;
    const worker = async () => {
      while (next < reminders.length && !stopped()) {
        if (signal?.aborted) {
          result.aborted = true;
          return;
        }
        const reminder = reminders[next++];
        try {
          await notifications.send({
            recipients: { type: 'entity', entityRef: reminder.recipients },
            payload: reminder.payload,
          });
          result.sent[reminder.reason] += 1;
        } catch (error) {
          if (isNotInstalled(error)) {
            if (!result.unavailable) {
              result.unavailable = true;
              logger.warn(
                `MLOps maturity reminders were not sent: the notifications backend did not answer (${error}). ` +
                  'Add @backstage/plugin-notifications-backend to the backend, or turn reminders off with mlopsMaturity.reminders.enabled: false',
              );
            }
            return;
          }
          result.failed += 1;
          if (result.failed <= LOGGED_FAILURES) {
            logger.warn(
              `Could not send the ${reminder.reason} reminder of ${
                reminder.entityRef
              }: ${error}${
                result.failed === LOGGED_FAILURES
                  ? ' (further failures of this run are only counted)'
                  : ''
              }`,
            );
          }
        }
      }
    };
    await Promise.all(
      Array.from({ length: this.options.concurrency ?? 4 }, worker),
    );
    return result;
  }
}
