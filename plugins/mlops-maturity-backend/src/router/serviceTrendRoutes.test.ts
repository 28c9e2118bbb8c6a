import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asDeniedReader, asOther } from '../__testUtils__/testBackend';
import { API, CHURN, pluginPerTest } from '../__testUtils__/routeRequests';
import { date, seedTrend, TODAY } from '../__testUtils__/trendSeed';
import { dayToDate } from '../database/snapshotRows';

jest.setTimeout(60_000);

describe('GET /assessments/:kind/:namespace/:name/trend', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);

    const get = (path: string, query: string, auth = asOther) =>
      request(run.plugin.server)
        .get(`${path}/trend${query}`)
        .set('Authorization', auth);

    it('answers the service’s snapshot of each period that has one', async () => {
      await seedTrend(run);
      const res = await get(CHURN, `?from=${date(12)}&to=${date(0)}`);
      expect(res.status).toBe(200);
      const current = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asOther);
      const { level, score, gatedLevel } = current.body.result;
      expect(res.body).toEqual({
        entityRef: 'component:default/churn-model',
        from: date(12),
        to: date(0),
        interval: 'day',
        points: [
          expect.objectContaining({
            date: date(10),
            asOf: date(10),
            level: 1,
            score: 1,
          }),
          {
            date: date(0),
            asOf: date(0),
            level,
            score,
            gatedLevel,
            evidenceShare: null,
            targetLevel: null,
            atTarget: null,
            stale: false,
          },
        ],
      });

      // A week's point is of its last day, or today: only today's week has one.
      const weeks = await get(CHURN, `?from=${date(40)}&interval=week`);
      const monday = TODAY - ((((TODAY + 3) % 7) + 7) % 7);
      expect(weeks.body.points).toEqual([
        expect.objectContaining({ date: dayToDate(monday), asOf: date(0) }),
      ]);
      // Not assessed: a point with no level.
      const fraud = await get(
        `${API}/assessments/component/default/fraud-scorer`,
        `?from=${date(2)}`,
      );
      expect(fraud.body.points).toEqual([
        expect.objectContaining({ asOf: date(0), level: null, score: null }),
      ]);
    });

    it('answers as the assessment does for an entity the caller may not learn of', async () => {
      await seedTrend(run);
      const ghost = `${API}/assessments/component/default/ghost`;
      const [trend, assessment] = await Promise.all([
        get(ghost, ''),
        request(run.plugin.server).get(ghost).set('Authorization', asOther),
      ]);
      expect(trend.status).toBe(404);
      expect(trend.body.error).toEqual(assessment.body.error);

      const denied = await get(CHURN, '', asDeniedReader);
      const deniedRead = await request(run.plugin.server)
        .get(CHURN)
        .set('Authorization', asDeniedReader);
      expect(denied.status).toBe(403);
      expect(denied.body.error).toEqual(deniedRead.body.error);
      expect(JSON.stringify(denied.body)).not.toContain('"points"');
    });

    it.each([
      ['?from=2026-02-30', 'query.from: from must be a date like 2026-01-31'],
      [
        '?from=2026-03-02&to=2026-03-01',
        'query.from (2026-03-02) must not be after query.to (2026-03-01)',
      ],
      [
        '?interval=year',
        'query.interval: interval must be one of day, week, month',
      ],
      ['?owner=team-a', 'query.owner is not a known parameter'],
    ])('refuses %s with a 400 naming the field', async (query, message) => {
      const res = await get(CHURN, query);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    });
  });
});
