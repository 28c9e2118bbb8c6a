import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asDeniedReader, asOther } from '../__testUtils__/testBackend';
import { API, pluginPerTest } from '../__testUtils__/routeRequests';
import { date, seedTrend } from '../__testUtils__/trendSeed';

jest.setTimeout(60_000);

describe('GET /scorecard/trend/teams', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);

    const get = (path: string, auth = asOther) =>
      request(run.plugin.server)
        .get(`${API}/scorecard${path}`)
        .set('Authorization', auth);

    it('answers per owner of the roll-ups, today’s point as the roll-up counts it', async () => {
      await seedTrend(run);
      const res = await get(`/trend/teams?from=${date(12)}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ from: date(12), interval: 'day' });
      const summary = await get('/summary');
      const rollups = summary.body.owners.map((o: any) => ({
        owner: o.owner,
        today: {
          asOf: date(0),
          serviceCount: o.serviceCount,
          assessedCount: o.assessedCount,
          meanScore: o.meanScore,
        },
      }));
      expect(
        res.body.teams.map((t: any) => ({
          owner: t.owner,
          today: t.points.at(-1) && { ...t.points.at(-1), date: undefined },
        })),
      ).toEqual(
        rollups.map((r: any) => ({
          ...r,
          today: { ...r.today, date: undefined },
        })),
      );
      // Ten days ago only churn-model (team A) had a snapshot, at Level 1.
      const past = res.body.teams.flatMap((t: any) =>
        t.points
          .filter((p: any) => p.asOf === date(10))
          .map((p: any) => [t.owner, p.serviceCount, p.meanScore]),
      );
      expect(past).toEqual([[summary.body.owners[0].owner, 1, 1]]);

      // The scorecard's filters select the services before they are grouped.
      const teamB = await get(`/trend/teams?owner=team-b&from=${date(12)}`);
      expect(teamB.body.teams.map((t: any) => t.owner)).toEqual([
        'group:default/team-b',
      ]);
    });

    it('counts nothing for a caller who may read no service', async () => {
      await seedTrend(run);
      const res = await get(`/trend/teams?from=${date(12)}`, asDeniedReader);
      expect(res.status).toBe(200);
      expect(res.body.teams).toEqual([]);
    });

    it.each([
      ['?to=yesterday', 'query.to: to must be a date like 2026-01-31'],
      [
        '?interval=year',
        'query.interval: interval must be one of day, week, month',
      ],
      ['?limit=5', 'query.limit is not a known parameter'],
    ])('refuses %s with a 400 naming the field', async (query, message) => {
      const res = await get(`/trend/teams${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    });
  });
});
