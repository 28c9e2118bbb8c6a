import { mockServices } from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { MLOPS_MATURITY_EVENT_TOPICS as TOPICS } from '@mlops-maturity/backstage-plugin-mlops-maturity-node';
import request from 'supertest';
import {
  EventsBackend,
  startEventsBackend,
} from '../__testUtils__/eventsBackend';
import { API, CHURN } from '../__testUtils__/routeRequests';
import { asAdmin, asOwner, startPlugin } from '../__testUtils__/testBackend';
import { createTestDatabases } from '../testUtils';
import {
  PerPluginDatabases,
  perPluginDatabases,
  waitFor,
} from '../testUtils/testBackendParts';

jest.setTimeout(60_000);

const CHURN_REF = 'component:default/churn-model';
/** Production services (churn-model among them) should reach Level 3. */
const LEVEL_3_TARGET = {
  mlopsMaturity: {
    targets: [
      { level: 3, title: 'Production ML', filter: { lifecycle: 'production' } },
    ],
  },
};

describe('the events other tools receive', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let started: EventsBackend | undefined;
    let pluginDatabases: PerPluginDatabases;
    beforeEach(() => {
      pluginDatabases = perPluginDatabases(databases, databaseId);
    });
    afterEach(async () => {
      await started?.backend.stop();
      started = undefined;
    });

    /** Starts the backend (again) on this test's databases, and syncs once. */
    const start = async (config: Record<string, unknown> = {}) => {
      started = await startEventsBackend({
        databases: pluginDatabases,
        config,
      });
      await started.syncCatalog();
      return started;
    };
    const submit = (
      plugin: EventsBackend,
      base: number | null,
      level: 0 | 1 | 2 | 3 | 4,
    ) =>
      request(plugin.backend.server)
        .put(CHURN)
        .set('Authorization', asOwner)
        .send({ baseRevision: base, answers: uniformAnswers(level) });
    const payloadsOf = (plugin: EventsBackend, topic: string) =>
      plugin.received
        .filter(e => e.topic === topic)
        .map(e => e.eventPayload as any);
    /** Waits until the subscriber holds `count` events of the topic. */
    const arrived = (plugin: EventsBackend, topic: string, count: number) =>
      waitFor(
        `${count} ${topic}`,
        async () =>
          payloadsOf(plugin, topic).length >= count ? true : undefined,
        10_000,
      );

    it('tells of each submission, each change of level and each fall below the target', async () => {
      const plugin = await start(LEVEL_3_TARGET);
      expect((await submit(plugin, null, 2)).status).toBe(200);
      expect((await submit(plugin, 1, 3)).status).toBe(200);
      expect((await submit(plugin, 2, 3)).status).toBe(200);
      expect((await submit(plugin, 3, 1)).status).toBe(200);
      await arrived(plugin, TOPICS.assessmentSubmitted, 4);
      await arrived(plugin, TOPICS.levelChanged, 3);
      await arrived(plugin, TOPICS.targetMissed, 2);

      const submitted = payloadsOf(plugin, TOPICS.assessmentSubmitted);
      expect(submitted[0]).toEqual({
        entityRef: CHURN_REF,
        revision: 1,
        model: { id: expect.any(String), version: expect.any(String) },
        score: 2,
        level: { claimed: 2 },
        gatedLevel: 2,
        submittedBy: 'user:default/olivia',
        submittedAt: expect.any(String),
      });
      expect(submitted.map(p => p.revision)).toEqual([1, 2, 3, 4]);
      // Revision 3 kept Level 3: no change to tell.
      expect(
        payloadsOf(plugin, TOPICS.levelChanged).map(p => [
          p.revision,
          p.from,
          p.to,
        ]),
      ).toEqual([
        [1, null, { claimed: 2 }],
        [2, { claimed: 2 }, { claimed: 3 }],
        [4, { claimed: 3 }, { claimed: 1 }],
      ]);
      // Missed at the first assessment, met at the second, missed again at the fourth.
      expect(payloadsOf(plugin, TOPICS.targetMissed)).toEqual(
        [2, 1].map(level => ({
          entityRef: CHURN_REF,
          level: { claimed: level },
          target: { level: 3, title: 'Production ML' },
          cause: 'assessment',
          missedAt: expect.any(String),
        })),
      );
      // The payloads hold refs and figures only: no titles, no answers.
      expect(JSON.stringify(plugin.received)).not.toMatch(
        /churn model|answers|note/,
      );
    });

    it('tells once when a new target leaves an assessed service below it, not at every sync', async () => {
      let plugin = await start();
      expect((await submit(plugin, null, 2)).status).toBe(200);
      await arrived(plugin, TOPICS.assessmentSubmitted, 1);
      expect(payloadsOf(plugin, TOPICS.targetMissed)).toEqual([]);
      await plugin.backend.stop();

      plugin = await start(LEVEL_3_TARGET); // the start syncs once
      await plugin.syncCatalog();
      // A submission after both syncs: its event arrives after any of theirs.
      expect((await submit(plugin, 1, 2)).status).toBe(200);
      await arrived(plugin, TOPICS.assessmentSubmitted, 1);
      expect(payloadsOf(plugin, TOPICS.targetMissed)).toEqual([
        {
          entityRef: CHURN_REF,
          level: { claimed: 2 },
          target: { level: 3, title: 'Production ML' },
          cause: 'target',
          missedAt: expect.any(String),
        },
      ]);
    });

    it('tells when a campaign closes, with its progress over every service in scope', async () => {
      const plugin = await start();
      expect((await submit(plugin, null, 2)).status).toBe(200);
      const created = await request(plugin.backend.server)
        .post(`${API}/campaigns`)
        .set('Authorization', asAdmin)
        .send({
          title: 'Level 2 for team A',
          scope: { owner: ['team-a'] },
          goal: { kind: 'level', level: 2 },
          deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        });
      expect(created.status).toBe(201);
      const id = created.body.campaign.id;
      const closed = await request(plugin.backend.server)
        .post(`${API}/campaigns/${id}/close`)
        .set('Authorization', asAdmin);
      expect(closed.status).toBe(200);
      await arrived(plugin, TOPICS.campaignClosed, 1);
      expect(payloadsOf(plugin, TOPICS.campaignClosed)).toEqual([
        {
          campaignId: id,
          title: 'Level 2 for team A',
          goal: { kind: 'level', level: 2 },
          deadline: created.body.campaign.deadline,
          closedAt: closed.body.campaign.closedAt,
          closedBy: 'user:default/adele',
          // churn-model and ranker are team A's ML services; one is at Level 2.
          progress: { inScope: 2, done: 1, remaining: 1 },
        },
      ]);
    });

    it('tells of each review decision, without its comment', async () => {
      const plugin = await start();
      const answers = { ...uniformAnswers(2), testing: { level: 3 } };
      const submitted = await request(plugin.backend.server)
        .put(CHURN)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers });
      expect(submitted.status).toBe(200);
      const decided = await request(plugin.backend.server)
        .post(`${API}/reviews/component/default/churn-model/testing`)
        .set('Authorization', asAdmin)
        .send({
          requestedRevision: 1,
          decision: 'rejected',
          comment: 'No test reports',
        });
      expect(decided.status).toBe(200);
      await arrived(plugin, TOPICS.reviewDecided, 1);
      expect(payloadsOf(plugin, TOPICS.reviewDecided)).toEqual([
        {
          entityRef: CHURN_REF,
          questionId: 'testing',
          kind: 'level',
          level: 3,
          decision: 'rejected',
          revision: 1,
          decidedBy: 'user:default/adele',
          decidedAt: decided.body.decidedAt,
          expiresAt: null,
        },
      ]);
    });

    it('answers the request when the events cannot be published, and warns', async () => {
      const knex = await databases.init(databaseId);
      const logger = mockServices.logger.mock();
      const events = mockServices.events.mock({
        publish: async (_: EventParams) => {
          throw new Error('the bus is down');
        },
      });
      const plugin = await startPlugin(knex, LEVEL_3_TARGET, undefined, [
        events.factory,
        logger.factory,
      ]);
      try {
        await plugin.syncCatalog();
        const response = await request(plugin.server)
          .put(CHURN)
          .set('Authorization', asOwner)
          .send({ baseRevision: null, answers: uniformAnswers(2) });
        expect(response.status).toBe(200);
        await waitFor(
          'the warnings',
          async () => (logger.warn.mock.calls.length >= 3 ? true : undefined),
          10_000,
        );
        expect(logger.warn.mock.calls.map(([m]) => m)).toEqual(
          expect.arrayContaining([
            `Could not publish the event ${TOPICS.assessmentSubmitted}: Error: the bus is down`,
            `Could not publish the event ${TOPICS.levelChanged}: Error: the bus is down`,
            `Could not publish the event ${TOPICS.targetMissed}: Error: the bus is down`,
          ]),
        );
      } finally {
        await plugin.backend.stop();
      }
    });
  });
});
