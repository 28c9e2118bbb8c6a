import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  computeScore,
  computeVerifiedScore,
  defaultMaturityModel as model,
  validateAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Knex } from 'knex';
import { createStores } from '../database/createStores';
import { createTestDatabases } from '../testUtils';
import {
  demoAnswers,
  DemoDataLoader,
  SHOWCASE_SERVICE,
} from './DemoDataLoader';

jest.setTimeout(60_000);

const SERVICES = Array.from({ length: 30 }, (_, i) => ({
  entityRef: `component:default/service-${i}${i % 3 === 0 ? '-pipeline' : ''}`,
  entityUid: `uid-${i}`,
  owner: i % 2 ? 'group:default/team-a' : 'group:default/team-b',
}));

const USERS = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'ann', namespace: 'default' },
    spec: {},
    relations: [{ type: 'memberOf', targetRef: 'group:default/team-a' }],
  },
];

describe('DemoDataLoader', () => {
  const databases = createTestDatabases();

  async function createLoader(knex: Knex, withReviews = false) {
    const {
      assessments: store,
      meta,
      campaigns,
      reviews,
    } = await createStores({
      database: mockServices.database({ knex }),
    });
    const loader = new DemoDataLoader({
      meta,
      store,
      catalog: catalogServiceMock({ entities: USERS }),
      auth: mockServices.auth(),
      model,
      logger: mockServices.logger.mock(),
      campaigns,
      settle: { intervalMs: 10, agreeing: 3, maxWaitMs: 10_000 },
      ...(withReviews && {
        reviews,
        reviewPolicy: { requiredFromLevel: 3, exemptionsRequireApproval: true },
      }),
    });
    return { loader, store, campaigns, reviews };
  }

  it('makes complete, valid answers that improve with each revision', () => {
    for (const { entityRef } of SERVICES) {
      const first = demoAnswers(model, entityRef, 0);
      expect(validateAnswers(model, first, { requireComplete: true })).toEqual(
        [],
      );
      const later = demoAnswers(model, entityRef, 3);
      const sum = (a: typeof first) =>
        Object.values(a).reduce((s, x) => s + ('level' in x ? x.level : 0), 0);
      expect(sum(later)).toBeGreaterThanOrEqual(sum(first));
    }
  });

  it.each(databases.eachSupportedId())(
    'loads history once into an empty database on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader } = await createLoader(knex);

      const written = await loader.loadOnce(SERVICES);
      const [{ n }] = await knex('mlops_maturity_revisions').count({ n: '*' });
      expect(Number(n)).toBe(written);
      const current = await knex('mlops_maturity_current').select();
      // Some services stay unassessed, some have several revisions, some are stale.
      expect(current.length).toBeGreaterThan(10);
      expect(current.length).toBeLessThan(SERVICES.length);
      expect(written).toBeGreaterThan(current.length);
      const ninetyDaysAgo = Date.now() - 90 * 24 * 3600 * 1000;
      const ages = current.map(row => new Date(row.updated_at).getTime());
      expect(ages.some(t => t < ninetyDaysAgo)).toBe(true);
      expect(ages.some(t => t > ninetyDaysAgo)).toBe(true);
      // Team A's revisions are written by its member.
      const authors = await knex('mlops_maturity_revisions')
        .whereIn(
          'entity_ref',
          SERVICES.filter(s => s.owner === 'group:default/team-a').map(
            s => s.entityRef,
          ),
        )
        .distinct('author');
      expect(authors).toEqual([{ author: 'user:default/ann' }]);

      expect(await loader.loadOnce(SERVICES)).toBe(0);
      const [{ n: after }] = await knex('mlops_maturity_revisions').count({
        n: '*',
      });
      expect(Number(after)).toBe(written);
    },
  );

  it.each(databases.eachSupportedId())(
    'waits for the catalog to settle before loading, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader } = await createLoader(knex);
      // A first start: the catalog has read two services, then five, then
      // all of them, which it keeps listing.
      const lists = [SERVICES.slice(0, 5), SERVICES, SERVICES, SERVICES];
      const relist = jest.fn(async () => lists.shift() ?? SERVICES);

      const written = await loader.loadWhenSettled(
        SERVICES.slice(0, 2),
        relist,
      );

      expect(relist).toHaveBeenCalledTimes(4);
      const assessed = await knex('mlops_maturity_current').pluck('entity_ref');
      expect(written).toBeGreaterThan(0);
      // The services read last got history too.
      expect(
        assessed.filter(ref => SERVICES.slice(5).some(s => s.entityRef === ref))
          .length,
      ).toBeGreaterThan(10);
      // Once loaded, a sync asks the catalog nothing more.
      relist.mockClear();
      expect(await loader.loadWhenSettled(SERVICES, relist)).toBe(0);
      expect(relist).not.toHaveBeenCalled();
    },
  );

  it.each(databases.eachSupportedId())(
    'loads nothing into a database that has assessments on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader, store } = await createLoader(knex);
      const answers = demoAnswers(model, SERVICES[0].entityRef, 0);
      await store.submit({
        ...SERVICES[0],
        baseRevision: null,
        model,
        answers,
        result: computeScore(model, answers),
        author: 'user:default/ann',
      });

      expect(await loader.loadOnce(SERVICES)).toBe(0);
      const [{ n }] = await knex('mlops_maturity_revisions').count({ n: '*' });
      expect(Number(n)).toBe(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates the demo campaigns once, and none where campaigns exist, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader, campaigns } = await createLoader(knex);
      expect(await loader.createCampaignsOnce()).toBe(2);
      const created = await campaigns.list();
      expect(created.map(c => [c.goal.kind, c.state])).toEqual([
        ['reassess', 'active'],
        ['level', 'active'],
      ]);
      // One deadline is near, so that reminders have something to say.
      expect(Date.parse(created[0].deadline) - Date.now()).toBeLessThan(
        7 * 24 * 3600 * 1000,
      );
      expect(await loader.createCampaignsOnce()).toBe(0);
      expect(await campaigns.list()).toHaveLength(2);

      const other = await createLoader(await databases.init(databaseId));
      await other.campaigns.create(
        {
          ...created[1],
          startsAt: new Date(),
          deadline: new Date(Date.now() + 1e9),
        },
        'user:default/lead',
      );
      expect(await other.loader.createCampaignsOnce()).toBe(0);
      expect(await other.campaigns.list()).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves reviews approved, rejected and waiting, and one exemption expired, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader } = await createLoader(knex, true);
      await loader.loadOnce(SERVICES);

      const rows = await knex('mlops_maturity_answer_reviews').select();
      const count = (predicate: (row: any) => boolean) =>
        rows.filter(predicate).length;
      const levels = (status: string) =>
        count(r => r.kind === 'level' && r.status === status);
      expect(levels('approved')).toBeGreaterThan(0);
      expect(levels('rejected')).toBeGreaterThan(0);
      expect(levels('pending')).toBeGreaterThan(0);
      // Every rejection says why; nobody reviews their own team's service.
      expect(
        count(r => r.status === 'rejected' && !(r.comment ?? '').trim()),
      ).toBe(0);
      expect(
        count(
          r => r.status !== 'pending' && r.decided_by === 'user:default/ann',
        ),
      ).toBe(0);
      // Each current answer at Level 3 or above has its review row.
      const current = await knex('mlops_maturity_current').select(
        'entity_ref',
        'revision',
      );
      const revisions = await knex('mlops_maturity_revisions').select(
        'entity_ref',
        'revision',
        'answers',
      );
      const high = current.flatMap(c => {
        const rev = revisions.find(
          r => r.entity_ref === c.entity_ref && r.revision === c.revision,
        );
        const answers = JSON.parse(rev.answers);
        return Object.entries(answers)
          .filter(([, a]: [string, any]) => a.level >= 3 || a.notApplicable)
          .map(([q]) => `${c.entity_ref}#${q}`);
      });
      expect(rows.map(r => `${r.entity_ref}#${r.question_id}`).sort()).toEqual(
        high.sort(),
      );
      // The exemptions are approved; exactly one has expired.
      const exemptions = rows.filter(r => r.kind === 'not-applicable');
      expect(exemptions.length).toBeGreaterThan(1);
      expect(exemptions.every(r => r.status === 'approved')).toBe(true);
      const expired = exemptions.filter(
        r => new Date(r.expires_at).getTime() < Date.now(),
      );
      expect(expired).toHaveLength(1);

      // The demo is what submissions would have left: syncing each current
      // revision again, as a changed review policy does, opens nothing.
      const { reviews } = await createStores({
        database: mockServices.database({ knex }),
      });
      const currentRevisions = await knex('mlops_maturity_current as c')
        .join('mlops_maturity_revisions as r', join =>
          join
            .on('r.entity_ref', 'c.entity_ref')
            .andOn('r.revision', 'c.revision'),
        )
        .select(
          'r.entity_ref',
          'r.entity_uid',
          'r.revision',
          'r.answers',
          'r.author',
          'r.created_at',
        );
      for (const r of currentRevisions) {
        const sync = await reviews.syncForRevision(knex, {
          entityRef: r.entity_ref,
          entityUid: r.entity_uid,
          revision: Number(r.revision),
          author: r.author,
          at: new Date(r.created_at),
          answers: JSON.parse(r.answers),
          policy: { requiredFromLevel: 3, exemptionsRequireApproval: true },
        });
        expect([r.entity_ref, sync.opened]).toEqual([r.entity_ref, []]);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'shows a review in progress: the showcase claims Level 3, is verified Level 2, and one more approval lifts it, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { loader, reviews } = await createLoader(knex, true);
      const showcase = {
        entityRef: SHOWCASE_SERVICE,
        entityUid: 'uid-showcase',
        owner: 'group:default/team-search',
      };
      await loader.loadOnce([showcase, ...SERVICES]);

      const answers = demoAnswers(model, SHOWCASE_SERVICE, 3);
      const now = new Date();
      const verifiedWith = async () =>
        computeVerifiedScore(model, answers, {
          answers: await reviews.verificationsOf(showcase),
          now,
        });
      const before = await verifiedWith();
      expect(before.claimed.level).toBe(3);
      expect(before.verified.level).toBe(2);
      expect(before.verified.score).toBeCloseTo(2.45, 10);
      const pending = (await reviews.reviewsOf(showcase)).filter(
        r => r.status === 'pending',
      );
      expect(pending).toHaveLength(9);
      // Any one approval more reaches Level 3.
      await reviews.decide({
        ...showcase,
        questionId: pending[pending.length - 1].questionId,
        expectedRequestedRevision: pending[0].requestedRevision,
        decision: 'approved',
        decidedBy: 'user:default/rita',
        at: now,
      });
      expect((await verifiedWith()).verified.level).toBe(3);
    },
  );
});
