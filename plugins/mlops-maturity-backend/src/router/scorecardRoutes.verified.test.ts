import { mockCredentials } from '@backstage/backend-test-utils';
import { ScorecardResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import {
  confidentialPolicy,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import { ENTITIES } from '../__testUtils__/evidenceShareFixtures';
import { seedVerified } from '../__testUtils__/scorecardFixtures';
import { createTestDatabases } from '../testUtils';

jest.setTimeout(180_000);

/*
 * The verified level through the scorecard routes, seeded into the table as
 * the verified-level writer stores it: ranker (claimed L3) verified L1,
 * speller (L2) verified L2, tagger (L3, confidential to team-b) verified L0;
 * untouched is not assessed.
 */
describe('verified level on the scorecard routes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const as = (who: string) => mockCredentials.user.header(testUser(who));

    const get = (path: string, who: string, query: Record<string, any> = {}) =>
      request(app.server)
        .get(`/api/mlops-maturity${path}`)
        .query(query)
        .set('Authorization', as(who));

    const scorecard = async (
      who: string,
      query: Record<string, any> = {},
    ): Promise<ScorecardResponse> => {
      const res = await get('/scorecard', who, query);
      expect(res.status).toBe(200);
      return res.body;
    };

    beforeAll(async () => {
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy: confidentialPolicy,
        memberships: TEAM_MEMBERSHIPS,
      });
      const submit = async (name: string, who: string, level: 2 | 3) => {
        const res = await request(app.server)
          .put(`/api/mlops-maturity/assessments/component/default/${name}`)
          .set('Authorization', as(who))
          .send({ baseRevision: null, answers: uniformAnswers(level) });
        expect(res.status).toBe(200);
      };
      await submit('ranker', 'olivia', 3);
      await submit('speller', 'olivia', 2);
      await submit('tagger', 'oscar', 3);
      await seedVerified(app.knex, {
        ranker: { level: 1, score: 1.5, gaps: 6 },
        speller: { level: 2, score: 2, gaps: 0 },
        tagger: { level: 0, score: 0.9, gaps: 15 },
      });
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('shows, sorts and filters by the verified level', async () => {
      const rows = new Map(
        (await scorecard('oscar')).items.map(r => [r.name, r]),
      );
      expect(rows.get('ranker')).toMatchObject({
        level: 3,
        verifiedLevel: 1,
        verifiedScore: 1.5,
        verificationGapCount: 6,
      });
      expect(rows.get('untouched')).toMatchObject({
        verifiedLevel: null,
        verifiedScore: null,
        verificationGapCount: null,
      });
      const names = async (query: Record<string, any>) =>
        (await scorecard('oscar', query)).items.map(r => r.name);
      expect(await names({ orderBy: 'verifiedLevel', order: 'desc' })).toEqual([
        'speller',
        'ranker',
        'tagger',
        'untouched',
      ]);
      expect(await names({ orderBy: 'verifiedLevel', order: 'asc' })).toEqual([
        'tagger',
        'ranker',
        'speller',
        'untouched',
      ]);
      expect((await names({ verifiedLevel: ['0', '1'] })).sort()).toEqual([
        'ranker',
        'tagger',
      ]);
      expect((await names({ verifiedBelowClaimed: 'true' })).sort()).toEqual([
        'ranker',
        'tagger',
      ]);
      expect(await names({ verifiedBelowClaimed: 'false' })).toEqual([
        'speller',
      ]);
    });

    it('sums up only what the caller may read', async () => {
      const all = await scorecard('oscar');
      expect(all.verifiedLevelDistribution).toEqual({
        levels: { '0': 1, '1': 1, '2': 1, '3': 0, '4': 0 },
        notComputed: 0,
        notAssessed: 1,
      });
      expect(all.summary.verifiedBelowClaimedCount).toBe(2);
      expect(
        all.owners.find(o => o.owner === 'group:default/team-b'),
      ).toMatchObject({ lowestVerifiedLevel: 0, meanVerifiedScore: 0.9 });

      // olivia may not read tagger: its verified figures count nowhere.
      const hers = await scorecard('olivia');
      expect(hers.items.map(r => r.name)).not.toContain('tagger');
      expect(hers.verifiedLevelDistribution.levels['0']).toBe(0);
      expect(hers.summary).toMatchObject({
        meanVerifiedScore: 1.75,
        verifiedBelowClaimedCount: 1,
      });
      expect(
        hers.owners.find(o => o.owner === 'group:default/team-b'),
      ).toMatchObject({ lowestVerifiedLevel: null, meanVerifiedScore: null });
      expect(
        (await get('/scorecard/page', 'olivia', { verifiedLevel: '0' })).body
          .items,
      ).toEqual([]);
      const csv = await get('/scorecard/export', 'olivia', {
        orderBy: 'verifiedLevel',
      });
      expect(csv.status).toBe(200);
      expect(csv.text).not.toContain('tagger');
    });

    it('exports the verified figures in the CSV', async () => {
      const res = await get('/scorecard/export', 'oscar', {
        orderBy: 'verifiedLevel',
        order: 'desc',
      });
      expect(res.status).toBe(200);
      const [header, ...lines] = res.text.trim().split('\r\n');
      const columns = header.split(',');
      const cell = (name: string, column: string) =>
        lines.find(l => l.startsWith(`component:default/${name},`))!.split(',')[
          columns.indexOf(column)
        ];
      expect(lines.map(l => l.split(',')[0])).toEqual([
        'component:default/speller',
        'component:default/ranker',
        'component:default/tagger',
        'component:default/untouched',
      ]);
      expect(cell('ranker', 'verified_level')).toBe('1');
      expect(cell('ranker', 'verified_score')).toBe('1.5');
      expect(cell('ranker', 'verification_gaps')).toBe('6');
      expect(cell('untouched', 'verified_level')).toBe('');
    });

    it('rejects bad verified filters with a 400 naming the field, on every scorecard route', async () => {
      for (const path of [
        '/scorecard',
        '/scorecard/page',
        '/scorecard/summary',
        '/scorecard/export',
        '/scorecard/trend',
      ]) {
        const res = await get(path, 'oscar', {
          verifiedLevel: '5',
          verifiedBelowClaimed: 'maybe',
        });
        expect(res.status).toBe(400);
        expect(res.body.error.issues.map((i: any) => i.field).sort()).toEqual([
          'query.verifiedBelowClaimed',
          'query.verifiedLevel.0',
        ]);
        expect(res.body.error.message).toContain(
          'verifiedLevel must be one of 0, 1, 2, 3, 4',
        );
        expect(res.body.error.message).toContain(
          'verifiedBelowClaimed must be true or false',
        );
      }
      const order = await get('/scorecard/page', 'oscar', {
        orderBy: 'verified',
      });
      expect(order.status).toBe(400);
      expect(order.body.error.message).toContain('verifiedLevel');
    });
  });
});
