import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  MLOPS_MATURITY_EVENT_TOPICS,
  MlopsMaturityEventPayloads,
  MlopsMaturityEventTopic,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { TargetMiss } from '../database/scorecardTypes';
import { targetMissedPayload } from './maturityEventPayloads';

/** A payload, or how to make it once the caller has moved on. */
type PayloadOf<T extends MlopsMaturityEventTopic> =
  | MlopsMaturityEventPayloads[T]
  | (() => Promise<MlopsMaturityEventPayloads[T]>);

/**
 * The one way the plugin's events leave it, through the events service of
 * `@backstage/plugin-events-node`. Each event is published in the
 * background: the events service waits for the subscribers of this instance
 * (a Slack post, say), and neither that wait nor a failed publish may delay
 * or fail the request or task that caused the event. A failure is logged
 * as a warning and the event is dropped.
 *
 * Who receives the events: backend code that subscribes (modules, other
 * backend plugins), with no person's permissions applied; see the README.
 */
export class MaturityEventPublisher {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly options: { events: EventsService; logger: LoggerService },
  ) {}

  /** Publishes one event in the background; never throws. */
  publish<T extends MlopsMaturityEventTopic>(
    topic: T,
    payload: PayloadOf<T>,
  ): void {
    const { events, logger } = this.options;
    const sent: Promise<void> = (async () => {
      const eventPayload =
        typeof payload === 'function' ? await payload() : payload;
      await events.publish({ topic, eventPayload });
    })()
      .catch(error =>
        logger.warn(`Could not publish the event ${topic}: ${error}`),
      )
      .finally(() => this.pending.delete(sent));
    this.pending.add(sent);
  }

  /** One `mlops-maturity.target.missed` per service a write made miss its target. */
  targetsMissed(misses: TargetMiss[], cause: 'assessment' | 'target'): void {
    const at = new Date();
    for (const miss of misses) {
      this.publish(
        MLOPS_MATURITY_EVENT_TOPICS.targetMissed,
        targetMissedPayload(miss, cause, at),
      );
    }
  }

  /** Resolves once every event handed over so far was published or given up. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
