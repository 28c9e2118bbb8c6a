import { LoggerService } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { NotificationPayload } from '@backstage/plugin-notifications-common';
import { retiredPayload, Withdrawal } from './reminderWithdrawals';

/** One digest payload and the users it goes to (those whose digest reads the same). */
export interface DigestSend {
  /** User entity refs; the notifications backend sends to each as it is. */
  userRefs: string[];
  payload: NotificationPayload;
}

/** What one pass of sending did. */
export interface SendResult {
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

/**
 * Sends digests through the notifications service, each as one
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

  /**
   * Sends each digest to its users; `onSent` hears of each one the
   * notifications backend took (for the digest ledger).
   */
  async sendDigests(
    digests: DigestSend[],
    signal?: AbortSignal,
    onSent?: (digest: DigestSend) => void,
  ): Promise<SendResult> {
    return this.dispatch(
      digests,
      {
        options: d => ({
          recipients: { type: 'entity', entityRef: d.userRefs },
          payload: d.payload,
        }),
        what: d =>
          `the reminders digest to ${d.userRefs.length} user(s), ${d.userRefs[0]} first`,
        onSent: d => onSent?.(d),
      },
      signal,
    );
  }

  /**
   * Replaces, for each withdrawal's users, the notification of its scope
   * (a reminder sent before digests) with one that names nothing;
   * `onSent` hears of each one taken.
   */
  async withdrawAll(
    withdrawals: Withdrawal[],
    signal?: AbortSignal,
    onSent?: (withdrawal: Withdrawal) => void,
  ): Promise<SendResult> {
    return this.dispatch(
      withdrawals,
      {
        options: w => ({
          recipients: { type: 'entity', entityRef: w.userRefs },
          payload: retiredPayload(w.scope),
        }),
        what: w =>
          `the retirement of the reminder ${w.scope} of ${w.entityRef}`,
        onSent: w => onSent?.(w),
      },
      signal,
    );
  }

  /**
   * Sends `items` a few at a time; a failing send is logged and counted, a
   * missing notifications backend or an abort stops the pass.
   */
  private async dispatch<T>(
    items: T[],
    how: {
      options: (item: T) => NotificationSendOptions;
      what: (item: T) => string;
      onSent: (item: T) => void;
    },
    signal?: AbortSignal,
  ): Promise<SendResult> {
    const { notifications, logger } = this.options;
    const result = { failed: 0, unavailable: false, aborted: false };
    let next = 0;
    const stopped = () => result.unavailable || result.aborted;
    const worker = async () => {
      while (next < items.length && !stopped()) {
        if (signal?.aborted) {
          result.aborted = true;
          return;
        }
        const item = items[next++];
        try {
          await notifications.send(how.options(item));
          how.onSent(item);
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
              `Could not send ${how.what(item)}: ${error}${
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
