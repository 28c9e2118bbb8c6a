import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AssessmentAnswers,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { AssessmentRetentionStore } from '../database/AssessmentRetentionStore';
import { entityRefOf, identityOf } from '../database/EntityIdentity';
import { MlServiceCatalogStore } from '../database/MlServiceCatalogStore';
import { ScorecardHeadlineStore } from '../database/ScorecardHeadlineStore';
import {
  EvidenceMeasurement,
  MlServiceRecord,
} from '../database/scorecardTypes';
import { MaturityEventPublisher } from '../events/MaturityEventPublisher';
import { EvidenceMeasurer } from '../evidence/EvidenceMeasurer';
import { SYSTEM_FIELDS } from './catalogRecords';
import { domainOf, mlServiceRecord } from './mlServiceRecord';
import { MlServiceCatalogReader } from './MlServiceCatalogReader';
import { TargetResolver } from './TargetResolver';
import { TargetRule } from './targets';
import {
  VerifiableEntityRevision,
  VerificationRefresher,
} from '../verification/VerificationRefresher';

/**
 * Keeps the plugin's table of ML services in step with the catalog, so the
 * scorecard never calls the catalog per row.
 */
export class CatalogSync {
  private readonly reader: MlServiceCatalogReader;
  private readonly resolver: TargetResolver;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      store: MlServiceCatalogStore;
      /** Where the evidence figures of each service's current answers go. */
      headlines: Pick<ScorecardHeadlineStore, 'setEvidence'>;
      /** Matches stored data to the entities and records those that left. */
      retention: AssessmentRetentionStore;
      selection: MlServiceSelection;
      /** `mlopsMaturity.targets`: each service's target is written with its row. */
      targets: TargetRule[];
      /**
       * Measures each assessed service's answers against its evidence, a
       * page of the catalog at a time; without it the sync stores no
       * evidence figures.
       */
      evidence?: EvidenceMeasurer;
      /** Told of each service a sync made miss its target; none in tests that do not look. */
      events?: Pick<MaturityEventPublisher, 'targetsMissed'>;
      /**
       * Computes and writes the verified figures of the revisions measured
       * (and of a submission); without it the sync writes none.
       */
      verification?: Pick<VerificationRefresher, 'write' | 'refreshEntities'>;
      /** Writes a submitted service's snapshot of today (see SnapshotTask). */
      snapshots?: { writeToday(entityRef: string): Promise<void> };
      logger: LoggerService;
    },
  ) {
    this.reader = new MlServiceCatalogReader(options);
    this.resolver = new TargetResolver(options);
  }

  private async credentials() {
    return this.options.auth.getOwnServiceCredentials();
  }

  private async systemDomains(): Promise<Map<string, string | null>> {
    const credentials = await this.credentials();
    const domains = new Map<string, string | null>();
    for await (const page of this.options.catalog.streamEntities(
      { filter: { kind: 'System' }, fields: SYSTEM_FIELDS },
      { credentials },
    )) {
      for (const system of page) {
        domains.set(entityRefOf(system), domainOf(system));
      }
    }
    return domains;
  }

  /**
   * Reads every ML service from the catalog and makes the table match; gives
   * data stored before uids were recorded to the entity holding its ref, and
   * notes which entities with stored data have left the catalog.
   */
  async syncAll(): Promise<{
    total: number;
    added: number;
    updated: number;
    removed: number;
    /**
     * Assessed services whose evidence was looked at (measured, or found
     * with the same model, revision and signals as their stored figures),
     * and of them those whose figures were written.
     */
    evidenceMeasured: number;
    evidenceChanged: number;
    /** Assessed services not measured because a provider failed for their batch. */
    evidenceSkipped: number;
  }> {
    const { store, headlines, retention, logger } = this.options;
    const domains = await this.systemDomains();
    const records: MlServiceRecord[] = [];
    const measurements: EvidenceMeasurement[] = [];
    const verifiable: VerifiableEntityRevision[] = [];
    let evidenceSkipped = 0;
    let evidenceUnchanged = 0;
    for await (const page of this.reader.streamServices(
      await this.credentials(),
    )) {
      for (const entity of page) {
        records.push(
          mlServiceRecord(
            entity,
            ref => domains.get(ref) ?? null,
            this.options.targets,
          ),
        );
      }
      // Measured while the page is at hand; only the counts are kept.
      const measured = await this.measure(page);
      measurements.push(...measured.measurements);
      verifiable.push(...measured.verifiable);
      evidenceSkipped += measured.skipped;
      evidenceUnchanged += measured.unchanged;
    }
    const live = records.map(({ entityRef, entityUid }) => ({
      entityRef,
      entityUid,
    }));
    const adopted = await retention.adoptUnidentified(live);
    const { missedTargets, ...changes } = await store.replaceAll(records);
    this.options.events?.targetsMissed(missedTargets, 'target');
    const departed = await retention.recordDeparted(live, new Date());
    // After the rows exist; each lands only if its revision is still current.
    const evidenceChanged = await headlines.setEvidence(
      measurements,
      new Date(),
    );
    // The measured revisions' evidence may back other answers now.
    await this.verify(verifiable);
    logger.info(
      `Synced ${records.length} ML services from the catalog (${changes.added} added, ${changes.updated} updated, ${changes.removed} removed` +
        `${
          adopted
            ? `, ${adopted} earlier assessments matched to their entity`
            : ''
        }` +
        `${
          departed ? `, ${departed} assessed entities left the catalog` : ''
        }` +
        `${
          this.options.evidence
            ? `; evidence of ${
                measurements.length + evidenceUnchanged
              } assessed services looked at, ${evidenceChanged} changed` +
              `${
                evidenceSkipped
                  ? `, ${evidenceSkipped} kept their previous figures because an evidence provider failed`
                  : ''
              }`
            : ''
        })`,
    );
    return {
      total: records.length,
      ...changes,
      evidenceMeasured: measurements.length + evidenceUnchanged,
      evidenceChanged,
      evidenceSkipped,
    };
  }

  /** A page's evidence measurements; a failure is logged and measures nothing. */
  private async measure(entities: Entity[]) {
    if (!this.options.evidence) {
      return { measurements: [], unchanged: 0, skipped: 0, verifiable: [] };
    }
    try {
      return await this.options.evidence.measure(entities);
    } catch (error) {
      this.options.logger.warn(
        `Could not measure the evidence of ${entities.length} ML services; their previous figures stay: ${error}`,
      );
      return {
        measurements: [],
        unchanged: 0,
        skipped: entities.length,
        verifiable: [],
      };
    }
  }

  /** Writes verified figures; a failure is logged, and the verification task heals it. */
  private async verify(revisions: VerifiableEntityRevision[]) {
    const { verification, logger } = this.options;
    if (!verification || revisions.length === 0) return;
    await verification
      .write(revisions)
      .catch(error =>
        logger.warn(
          `Could not write the verified levels of ${revisions.length} ML services; the verification task computes them again: ${error}`,
        ),
      );
  }

  /**
   * Refreshes one entity's row, measures its current answers against its
   * evidence and computes its verified figures. Given the answers just
   * submitted, it measures those, reading nothing back; otherwise it reads
   * the current answers.
   */
  async syncOne(
    entity: Entity,
    submitted?: {
      revision: number;
      answers: AssessmentAnswers;
      createdAt: string;
    },
  ): Promise<void> {
    const { store, headlines, evidence, verification, logger } = this.options;
    const missed = await store.upsert(await this.resolver.recordOf(entity));
    this.options.events?.targetsMissed(missed, 'target');
    let measurements: EvidenceMeasurement[];
    let verifiable: VerifiableEntityRevision[] = [];
    if (submitted && evidence) {
      const measured = await evidence
        .measureSubmitted(entity, submitted)
        .catch(error => {
          logger.warn(
            `Could not measure the evidence of ${entityRefOf(
              entity,
            )}; its previous figures stay: ${error}`,
          );
          return undefined;
        });
      measurements = measured ? [measured] : [];
      if (measured) {
        verifiable = [
          { ...identityOf(entity), ...submitted, signals: measured.signals },
        ];
      }
    } else {
      ({ measurements, verifiable } = await this.measure([entity]));
    }
    await headlines.setEvidence(measurements, new Date());
    if (verifiable.length > 0) await this.verify(verifiable);
    else {
      // Nothing measured (no providers, a failure, the same evidence):
      // read what the figures need.
      await verification
        ?.refreshEntities([entity])
        .catch(error =>
          logger.warn(
            `Could not compute the verified level of ${entityRefOf(
              entity,
            )}; the verification task computes it again: ${error}`,
          ),
        );
    }
    await this.options.snapshots?.writeToday(entityRefOf(entity));
  }
}
