import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import {
  AssessmentAnswers,
  AssessmentDraft,
  AssessmentHistoryEntry,
  AssessmentRevision,
  computeScore,
  CurrentAssessment,
  MaturityModel,
  MaturityTarget,
  mlopsMaturityAdminPermission,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  AssessmentRetentionStore,
  PurgeCounts,
} from '../database/AssessmentRetentionStore';
import { AssessmentStore } from '../database/AssessmentStore';
import { DraftStore } from '../database/DraftStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { ReviewSyncPolicy } from '../database/reviewRows';
import { SubmissionEvents } from '../events/SubmissionEvents';
import { ReviewNotifier } from '../review/ReviewNotifier';
import { invalidInput } from '../validation/inputErrors';
import { Access } from './access';
import { CatalogSync } from './CatalogSync';
import { Given, taken } from './given';
import * as staleness from './staleness';
import { TargetResolver } from './TargetResolver';
import { TooManyRequestsError } from './TooManyRequestsError';

const HOUR_MS = 60 * 60 * 1000;

/** The answers kept (to questions the model still asks) with those given over them. */
function mergeAnswers(
  model: MaturityModel,
  previous: AssessmentAnswers | undefined,
  given: AssessmentAnswers,
): AssessmentAnswers {
  const known = new Set(model.questions.map(q => q.id));
  const kept = Object.fromEntries(
    Object.entries(previous ?? {}).filter(([questionId]) =>
      known.has(questionId),
    ),
  );
  return { ...kept, ...given };
}

/** What a submission carries, its shape already checked. */
export interface SubmissionInput {
  baseRevision: number | null;
  answers: unknown;
  draftVersion?: number;
}

/** What a draft save carries, its shape already checked. */
export interface DraftInput {
  draftVersion: number | null;
  baseRevision: number | null;
  answers: unknown;
}

/**
 * The assessments of ML services, for every door (routes, actions): each
 * call takes the caller's credentials and applies what they may read or
 * update, then the rules (answers valid for the model, the submission rate
 * limit), then the stores.
 */
export class AssessmentService {
  constructor(
    private readonly options: {
      model: MaturityModel;
      staleAfterDays: number;
      submissionsPerEntityPerHour: number;
      /** Which answers a submission opens review requests for (`mlopsMaturity.review`). */
      reviewPolicy: ReviewSyncPolicy;
      assessments: AssessmentStore;
      drafts: DraftStore;
      retention: AssessmentRetentionStore;
      access: Access;
      targets: TargetResolver;
      /** Refreshes a service's scorecard row after a submission. */
      sync: Pick<CatalogSync, 'syncOne'>;
      /** Tells the reviewers when a submission opens review requests. */
      reviewNotifier?: Pick<ReviewNotifier, 'requestsOpened'>;
      /** Tells other backend code of each submission; none in tests that do not look. */
      events?: Pick<SubmissionEvents, 'submitted'>;
      logger: LoggerService;
    },
  ) {}

  /** The current assessment with its staleness; undefined when not assessed. */
  async current(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<CurrentAssessment | undefined> {
    const { id } = await this.reader(credentials, entityRef);
    const revision = await this.options.assessments.getCurrent(id);
    return revision && this.withStaleness(revision);
  }

  /**
   * Stores a complete set of answers as the next revision, scored with the
   * model, and refreshes the service's scorecard row (best effort: the
   * scheduled sync heals it). Refused when the entity had its hourly share.
   * Its events are published before that sync, which reports a change of
   * target of its own.
   */
  async submit(
    credentials: BackstageCredentials,
    entityRef: string,
    given: Given<SubmissionInput>,
  ): Promise<CurrentAssessment> {
    const { model, assessments, sync, events, logger } = this.options;
    const {
      entity,
      id,
      credentials: user,
    } = await this.updater(credentials, entityRef);
    const input = taken(given);
    const answers = this.checkAnswers(input.answers, true);
    await this.limitSubmissions(id);
    let opened = 0;
    const revision = await assessments.submit({
      ...id,
      baseRevision: input.baseRevision,
      model,
      answers,
      result: computeScore(model, answers),
      author: user.principal.userEntityRef,
      draftVersion: input.draftVersion,
      reviewPolicy: this.options.reviewPolicy,
      onReviewSync: reviews => (opened = reviews.opened.length),
    });
    if (opened > 0) {
      await this.options.reviewNotifier?.requestsOpened(revision.author);
    }
    await events?.submitted(id, input.baseRevision, revision);
    // The row's catalog fields and the evidence of the answers just
    // stored, measured as given: nothing is read back.
    await sync
      .syncOne(entity, {
        revision: revision.revision,
        answers,
        createdAt: revision.createdAt,
      })
      .catch(error =>
        logger.warn(
          `Could not refresh the scorecard row of ${entityRef}: ${error}`,
        ),
      );
    return this.withStaleness(revision);
  }

  /**
   * What a reader sees of one service: the entity as the catalog shows it to
   * them, its current assessment (undefined when not assessed) and target.
   */
  async overview(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<{
    entity: Entity;
    current: CurrentAssessment | undefined;
    target: MaturityTarget | null;
  }> {
    const { entity, id } = await this.reader(credentials, entityRef);
    const [revision, target] = await Promise.all([
      this.options.assessments.getCurrent(id),
      this.options.targets.targetOf(entity),
    ]);
    return {
      entity,
      current: revision && this.withStaleness(revision),
      target,
    };
  }

  /**
   * Two revisions of one service, a number each or undefined for the
   * current one; NotFoundError names the one that is missing.
   */
  async revisionPair(
    credentials: BackstageCredentials,
    entityRef: string,
    from: number | undefined,
    to: number | undefined,
  ): Promise<[AssessmentRevision, AssessmentRevision]> {
    const { assessments } = this.options;
    const { id } = await this.reader(credentials, entityRef);
    const revision = async (n: number | undefined) => {
      const found =
        n === undefined
          ? await assessments.getCurrent(id)
          : await assessments.getRevision(id, n);
      if (!found) {
        throw new NotFoundError(
          n === undefined
            ? `${entityRef} has not been assessed`
            : `${entityRef} has no revision ${n}`,
        );
      }
      return found;
    };
    return Promise.all([revision(from), revision(to)]);
  }

  /** Revisions newest first, without their answers. */
  async history(
    credentials: BackstageCredentials,
    entityRef: string,
    limit: number,
  ): Promise<AssessmentHistoryEntry[]> {
    const { id } = await this.reader(credentials, entityRef);
    return this.options.assessments.listHistory(id, limit);
  }

  /** One stored revision; NotFoundError when the entity has no such revision. */
  async revision(
    credentials: BackstageCredentials,
    entityRef: string,
    revision: number,
  ): Promise<AssessmentRevision> {
    const { id } = await this.reader(credentials, entityRef);
    const found = await this.options.assessments.getRevision(id, revision);
    if (!found)
      throw new NotFoundError(`${entityRef} has no revision ${revision}`);
    return found;
  }

  /** The target of `mlopsMaturity.targets` that applies; null when none. */
  async target(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<MaturityTarget | null> {
    const { entity } = await this.reader(credentials, entityRef);
    return this.options.targets.targetOf(entity);
  }

  /** The draft, for those who may update the assessment; undefined when none. */
  async draft(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<AssessmentDraft | undefined> {
    const { id } = await this.updater(credentials, entityRef);
    return this.options.drafts.getDraft(id);
  }

  /** Saves answers, complete or not, as the entity's draft. */
  async saveDraft(
    credentials: BackstageCredentials,
    entityRef: string,
    given: Given<DraftInput>,
  ): Promise<AssessmentDraft> {
    const { model, drafts } = this.options;
    const { id, credentials: user } = await this.updater(
      credentials,
      entityRef,
    );
    const input = taken(given);
    const answers = this.checkAnswers(input.answers, false);
    return drafts.saveDraft({
      ...id,
      draftVersion: input.draftVersion,
      modelId: model.id,
      modelVersion: model.version,
      baseRevision: input.baseRevision,
      answers,
      author: user.principal.userEntityRef,
    });
  }

  /**
   * Saves answers over the draft (or, with no draft, over the current
   * assessment's answers): the answers given replace those to the same
   * questions, others are kept where the model still asks them.
   */
  async mergeIntoDraft(
    credentials: BackstageCredentials,
    entityRef: string,
    given: unknown,
  ): Promise<AssessmentDraft> {
    const { model, assessments, drafts } = this.options;
    const answers = this.checkAnswers(given, false);
    const { credentials: user, id } = await this.updater(
      credentials,
      entityRef,
    );
    const [draft, current] = await Promise.all([
      drafts.getDraft(id),
      assessments.getCurrent(id),
    ]);
    return drafts.saveDraft({
      ...id,
      draftVersion: draft?.version ?? null,
      modelId: model.id,
      modelVersion: model.version,
      baseRevision: draft ? draft.baseRevision : current?.revision ?? null,
      answers: mergeAnswers(model, draft?.answers ?? current?.answers, answers),
      author: user.principal.userEntityRef,
    });
  }

  /**
   * Deletes the stored data of an entity ref (of one uid, when given), for
   * admins. An entity that exists but is hidden from the caller is not
   * theirs to touch: nothing is deleted and the counts say nothing was
   * there (`hidden` tells the audit log why).
   */
  async purge(
    credentials: BackstageCredentials,
    entityRef: string,
    uid: string | undefined,
  ): Promise<{ counts: PurgeCounts; hidden: boolean }> {
    const { access, retention } = this.options;
    await access.forCredentials.holder(
      credentials,
      mlopsMaturityAdminPermission,
      `You may not purge stored maturity assessments: that needs the ${mlopsMaturityAdminPermission.name} permission`,
    );
    if (!(await access.mayTouchStoredData(credentials, entityRef))) {
      return { counts: { revisions: 0, drafts: 0 }, hidden: true };
    }
    return { counts: await retention.purge(entityRef, uid), hidden: false };
  }

  /** Discards the draft (only at `version`, when given); false when there was none. */
  async deleteDraft(
    credentials: BackstageCredentials,
    entityRef: string,
    version?: number,
  ): Promise<boolean> {
    const { id } = await this.updater(credentials, entityRef);
    return this.options.drafts.deleteDraft(id, version);
  }

  private reader(credentials: BackstageCredentials, entityRef: string) {
    return this.options.access.forCredentials.entityReader(
      credentials,
      entityRef,
    );
  }

  private updater(credentials: BackstageCredentials, entityRef: string) {
    return this.options.access.forCredentials.entityUpdater(
      credentials,
      entityRef,
    );
  }

  private withStaleness(revision: AssessmentRevision): CurrentAssessment {
    const { staleAfterDays } = this.options;
    return {
      ...revision,
      stale: staleness.isStale(
        revision.createdAt,
        staleness.staleBefore(new Date(), staleAfterDays),
      ),
      staleAfterDays,
    };
  }

  /** Answers valid for the model (complete ones for a submission), or a 400 naming each problem. */
  checkAnswers(answers: unknown, requireComplete: boolean): AssessmentAnswers {
    const issues = validateAnswers(this.options.model, answers, {
      requireComplete,
    });
    if (issues.length > 0) throw invalidInput(issues);
    return answers as AssessmentAnswers;
  }

  /** 429 when the entity already had its hourly share of submissions. */
  private async limitSubmissions(id: EntityIdentity) {
    const limit = this.options.submissionsPerEntityPerHour;
    const now = Date.now();
    const { count, oldest } = await this.options.assessments.recentSubmissions(
      id,
      new Date(now - HOUR_MS),
    );
    if (count < limit) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((oldest?.getTime() ?? now) + HOUR_MS - now) / 1000),
    );
    throw new TooManyRequestsError(
      `${id.entityRef} was assessed ${count} times in the last hour; at most ${limit} submissions per hour are allowed (mlopsMaturity.limits.submissionsPerEntityPerHour). Retry in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    );
  }
}
