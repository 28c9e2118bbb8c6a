import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AssessmentAnswers,
  computeScore,
  MaturityLevelNumber,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { AssessmentStore } from '../database/AssessmentStore';
import { CampaignStore, NewCampaign } from '../database/CampaignStore';
import { EntityIdentity } from '../database/EntityIdentity';
import { PluginMetaStore } from '../database/PluginMetaStore';
import { ReviewStore } from '../database/ReviewStore';
import { ReviewSyncPolicy } from '../database/reviewRows';
import { decideDemoReviews, showcaseDecision } from './demoReviews';
import { setTimeout as sleep } from 'node:timers/promises';
import { DAY_MS } from './daysBefore';

const MARKER = 'demo-data-loaded';
const CAMPAIGNS_MARKER = 'demo-campaigns-created';

/** The demo's campaigns, dated from the moment they are created. */
export function demoCampaigns(now: number): NewCampaign[] {
  return [
    {
      title: 'Automated training for production ML (Level 2)',
      description:
        'Every ML service in production trains and deploys through an automated pipeline (Level 2) before the next planning round.',
      scope: { lifecycle: ['production'] },
      goal: { kind: 'level', level: 2 },
      startsAt: new Date(now - 60 * DAY_MS),
      deadline: new Date(now + 45 * DAY_MS),
    },
    {
      title: 'Reassess every ML service this quarter',
      description:
        'Answer the questionnaire again so that the scorecard reflects where each service stands today.',
      scope: {},
      goal: { kind: 'reassess' },
      startsAt: new Date(now - 30 * DAY_MS),
      deadline: new Date(now + 5 * DAY_MS),
    },
  ];
}

/** A small deterministic pseudo-random generator, so every demo run looks the same. */
function randomFor(seed: string) {
  let state = 2166136261;
  for (const char of seed)
    state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const clampLevel = (n: number) =>
  Math.max(0, Math.min(4, Math.round(n))) as MaturityLevelNumber;

/**
 * The demo's showcase of a review in progress: every answer claimed at
 * Level 3 without evidence (claimed Level 3), half of the reviews approved,
 * so the verified level is 2 until a reviewer approves one more
 * (see demoReviews).
 */
export const SHOWCASE_SERVICE = 'component:default/autocomplete-service';

/**
 * Plausible answers for one revision: a per-service baseline, each question
 * scattered around it, improving a little with every revision.
 */
export function demoAnswers(
  model: MaturityModel,
  entityRef: string,
  revisionIndex: number,
): AssessmentAnswers {
  if (entityRef === SHOWCASE_SERVICE) {
    return Object.fromEntries(
      model.questions.map(q => [q.id, { level: 3 as MaturityLevelNumber }]),
    );
  }
  const random = randomFor(entityRef);
  const baseline = 0.2 + random() * 2.6;
  const answers: AssessmentAnswers = {};
  const name = entityRef.split('/').pop();
  for (const question of model.questions) {
    const spread = random() * 1.6 - 0.8;
    const growth = revisionIndex * (0.15 + random() * 0.3);
    if (question.id === 'ab-testing' && entityRef.includes('pipeline')) {
      answers[question.id] = {
        notApplicable: true,
        reason:
          'A batch pipeline: there is no live traffic to split between models.',
      };
      continue;
    }
    const level = clampLevel(baseline + spread + growth);
    answers[question.id] = { level };
    if (random() < 0.25) {
      answers[question.id] = {
        level,
        note: `Reviewed with the team in revision ${revisionIndex + 1}.`,
        evidence: [
          {
            title: 'Runbook',
            url: `https://wiki.acme.example/ml/${name}/${question.id}`,
          },
        ],
      };
    }
  }
  return answers;
}

/**
 * Loads demo assessments once, into a database that has none: for each ML
 * service (in a fixed pseudo-random way) nothing, or one to four revisions on
 * past dates, some of them stale. Only when `mlopsMaturity.demoData.enabled`.
 */
export class DemoDataLoader {
  constructor(
    private readonly options: {
      meta: PluginMetaStore;
      store: AssessmentStore;
      catalog: CatalogService;
      auth: AuthService;
      model: MaturityModel;
      logger: LoggerService;
      campaigns?: CampaignStore;
      /** With both, the demo revisions open review requests and the demo decides some of them. */
      reviews?: ReviewStore;
      reviewPolicy?: ReviewSyncPolicy;
      /** How long the list of ML services must stay the same before the load. */
      settle?: { intervalMs: number; agreeing: number; maxWaitMs: number };
    },
  ) {}

  /**
   * Loads the demo data once the catalog has settled (see {@link loadOnce}).
   * On a first start the first catalog sync runs while the catalog is still
   * reading the example files, and a load then would give only the services
   * read so far their history. `relist` syncs and lists the ML services
   * again; the load waits until it gives the same services several times in
   * a row (or the wait ends), which takes no time once the demo is loaded.
   */
  async loadWhenSettled(
    services: Array<EntityIdentity & { owner: string | null }>,
    relist: () => Promise<Array<EntityIdentity & { owner: string | null }>>,
  ): Promise<number> {
    if (await this.loadedBefore()) return 0;
    const { intervalMs, agreeing, maxWaitMs } = this.options.settle ?? {
      intervalMs: 3000,
      agreeing: 3,
      maxWaitMs: 120_000,
    };
    const key = (list: typeof services) =>
      list
        .map(s => s.entityRef)
        .sort()
        .join();
    const deadline = Date.now() + maxWaitMs;
    let current = services;
    let same = 1;
    while (same < agreeing && Date.now() < deadline) {
      await sleep(intervalMs);
      const next = await relist();
      same = next.length > 0 && key(next) === key(current) ? same + 1 : 1;
      current = next;
    }
    return this.loadOnce(current);
  }

  private async loadedBefore(): Promise<boolean> {
    const { meta, store } = this.options;
    return (await meta.has(MARKER)) || (await store.hasRevisions());
  }

  /**
   * Creates the demo campaigns once, unless campaigns exist already.
   * Returns how many it created.
   */
  async createCampaignsOnce(): Promise<number> {
    const { meta, campaigns, logger } = this.options;
    if (!campaigns || (await meta.has(CAMPAIGNS_MARKER))) return 0;
    let created = 0;
    if ((await campaigns.list()).length === 0) {
      for (const campaign of demoCampaigns(Date.now())) {
        await campaigns.create(campaign, 'user:default/ada');
        created += 1;
      }
      logger.info(`Created ${created} demo campaigns`);
    }
    await meta.setOnce(CAMPAIGNS_MARKER, new Date().toISOString());
    return created;
  }

  private async membersByGroup(): Promise<Map<string, string[]>> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials },
    );
    const members = new Map<string, string[]>();
    for (const user of items) {
      for (const relation of user.relations ?? []) {
        if (relation.type !== RELATION_MEMBER_OF) continue;
        const group = relation.targetRef.toLocaleLowerCase('en-US');
        members.set(group, [
          ...(members.get(group) ?? []),
          stringifyEntityRef(user),
        ]);
      }
    }
    return members;
  }

  /** Loads the demo data unless it was loaded before or assessments exist. Returns how many revisions it wrote. */
  async loadOnce(
    services: Array<EntityIdentity & { owner: string | null }>,
  ): Promise<number> {
    const { meta, store, model, logger } = this.options;
    if (services.length === 0) return 0;
    if (await this.loadedBefore()) return 0;

    const members = await this.membersByGroup();
    const now = Date.now();
    let written = 0;
    /** When each service's current revision was submitted. */
    const lastRevisionAt = new Map<string, number>();
    for (const { entityRef, entityUid, owner } of services) {
      const random = randomFor(`${entityRef}#plan`);
      // Not assessed yet (the showcase always is).
      if (random() < 0.2 && entityRef !== SHOWCASE_SERVICE) continue;
      const revisions = 1 + Math.floor(random() * 4);
      const stale = random() < 0.25;
      const lastDaysAgo = stale
        ? 100 + Math.floor(random() * 200)
        : Math.floor(random() * 45);
      const authors = (owner && members.get(owner)) || ['user:default/guest'];
      for (let i = 0; i < revisions; i++) {
        const daysAgo =
          lastDaysAgo + (revisions - 1 - i) * (30 + Math.floor(random() * 40));
        const answers = demoAnswers(model, entityRef, i);
        const createdAt = new Date(
          now - daysAgo * DAY_MS - Math.floor(random() * DAY_MS),
        );
        lastRevisionAt.set(entityRef, createdAt.getTime());
        await store.submit({
          entityRef,
          entityUid,
          baseRevision: i === 0 ? null : i,
          model,
          answers,
          result: computeScore(model, answers),
          author: authors[Math.floor(random() * authors.length)],
          reviewPolicy: this.options.reviewPolicy,
          createdAt,
        });
        written += 1;
      }
    }
    await this.decideReviews(services, lastRevisionAt, now);
    await meta.setOnce(MARKER, new Date().toISOString());
    logger.info(
      `Loaded ${written} demo assessment revisions for ${services.length} ML services`,
    );
    return written;
  }

  private async decideReviews(
    services: Array<EntityIdentity & { owner: string | null }>,
    lastRevisionAt: Map<string, number>,
    now: number,
  ) {
    const { reviews, reviewPolicy, logger } = this.options;
    if (!reviews || !reviewPolicy) return;
    const counts = await decideDemoReviews(reviews, services, {
      now,
      lastRevisionAt,
      override: showcaseDecision(this.options.model, SHOWCASE_SERVICE),
    });
    logger.info(
      `Demo reviews: ${counts.approved} approved, ${counts.rejected} rejected, ${counts.pending} waiting, ${counts.expired} exemption expired`,
    );
  }
}
