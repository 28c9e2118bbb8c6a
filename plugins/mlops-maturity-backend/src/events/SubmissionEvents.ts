import { LoggerService } from '@backstage/backend-plugin-api';
import {
  AssessmentRevision,
  MaturityLevelNumber,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MLOPS_MATURITY_EVENT_TOPICS } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import { AssessmentStore } from '../database/AssessmentStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { MlServiceCatalogStore } from '../database/MlServiceCatalogStore';
import { MaturityEventPublisher } from './MaturityEventPublisher';
import { levelChangedPayload, submittedPayload } from './maturityEventPayloads';

/**
 * What a stored submission tells other backend code: that it was
 * submitted; that the level changed, when it did; that the service now
 * misses its target, when it met it before. The target is the one stored on
 * the service's scorecard row, read before the sync that follows the
 * submission: when that sync changes the target, it reports its own change
 * (MlServiceCatalogStore.upsert), so one change is never reported twice.
 */
export class SubmissionEvents {
  constructor(
    private readonly options: {
      assessments: Pick<AssessmentStore, 'levelAt'>;
      mlServices: Pick<MlServiceCatalogStore, 'storedTarget'>;
      publisher: MaturityEventPublisher;
      logger: LoggerService;
    },
  ) {}

  /**
   * Publishes the events of a revision just stored on `baseRevision`
   * (null: the first). Never throws: the submission is stored already.
   */
  async submitted(
    id: EntityIdentity,
    baseRevision: number | null,
    revision: AssessmentRevision,
  ): Promise<void> {
    const { publisher, logger } = this.options;
    publisher.publish(
      MLOPS_MATURITY_EVENT_TOPICS.assessmentSubmitted,
      submittedPayload(revision),
    );
    try {
      const { previous, target } = await this.before(id, baseRevision);
      const changed = levelChangedPayload(revision, previous);
      if (changed) {
        publisher.publish(MLOPS_MATURITY_EVENT_TOPICS.levelChanged, changed);
      }
      const level = revision.result.level!;
      const missedBefore =
        previous !== null && target && previous < target.level;
      if (target && level < target.level && !missedBefore) {
        publisher.targetsMissed(
          [
            {
              entityRef: id.entityRef,
              level,
              targetLevel: target.level as MaturityLevelNumber,
              targetTitle: target.title,
            },
          ],
          'assessment',
        );
      }
    } catch (error) {
      logger.warn(
        `Could not tell the level and target events of ${id.entityRef}'s revision ${revision.revision}: ${error}`,
      );
    }
  }

  /** The level of the revision the submission replaced (null: none) and the service's stored target. */
  private async before(id: EntityIdentity, baseRevision: number | null) {
    const { assessments, mlServices } = this.options;
    const [previous, target] = await Promise.all([
      baseRevision === null
        ? null
        : assessments.levelAt(id, baseRevision).then(l => l ?? null),
      mlServices.storedTarget(id.entityRef),
    ]);
    return { previous, target };
  }
}
