import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { AssessmentRetentionStore } from '../database/AssessmentRetentionStore';
import { daysBefore } from './daysBefore';

/**
 * Purges the stored assessment data of entities that have been gone from
 * the catalog (as the catalog sync records it) for longer than
 * `mlopsMaturity.retention.purgeDepartedAfterDays`. Off unless configured.
 */
export class RetentionTask {
  constructor(
    private readonly options: {
      retention: AssessmentRetentionStore;
      auditor: AuditorService;
      logger: LoggerService;
      purgeAfterDays: number;
    },
  ) {}

  /** Purges what is due; returns how many entities were purged. */
  async run(now = new Date()): Promise<number> {
    const { retention, auditor, logger, purgeAfterDays } = this.options;
    const due = await retention.listDeparted(daysBefore(now, purgeAfterDays));
    for (const { entityRef, entityUid } of due) {
      const event = await auditor.createEvent({
        eventId: 'assessment-purge',
        severityLevel: 'high',
        meta: { entityRef, entityUid, reason: 'retention', purgeAfterDays },
      });
      try {
        const counts = await retention.purge(entityRef, entityUid);
        await event.success({ meta: { ...counts } });
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    }
    if (due.length > 0) {
      logger.info(
        `Purged the maturity assessments of ${due.length} entities gone from the catalog for more than ${purgeAfterDays} days`,
      );
    }
    return due.length;
  }
}
