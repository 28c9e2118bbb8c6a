import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asDeniedReader, asOther } from '../__testUtils__/testBackend';
import { API, pluginPerTest } from '../__testUtils__/routeRequests';
import { date, seedTrend, TODAY } from '../__testUtils__/trendSeed';
import { dayToDate } from '../database/snapshotRows';

jest.setTimeout(60_000);

describe('trendRoutes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);

    const seed = () => seedTrend(run);

    const get = (query: string, auth = asOther) =>
      request(run.plugin.server)
        .get(`${API}/scorecard/trend${query}`)
        .set('Authorization', auth);

    it('answers a point per day that has snapshots, over the filtered services', async () => {
      await seed();
      const res = await get(`?from=${date(12)}&to=${date(0)}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        from: date(12),
        to: date(0),
        interval: 'day',
      });
      expect(res.body.points).toEqual([
        expect.objectContaining({
          date: date(10),
          asOf: date(10),
          serviceCount: 1,
          levelDistribution: {
            levels: { '0': 0, '1': 1, '2': 0, '3': 0, '4': 0 },
            notAssessed: 0,
          },
          meanScore: 1,
        }),
        {
          date: date(0),
          asOf: date(0),
          serviceCount: 3,
          assessedCount: 2,
          staleCount: 0,
          levelDistribution: {
            levels: { '0': 0, '1': 0, '2': 1, '3': 0, '4': 1 },
            notAssessed: 1,
          },
          meanScore: 3,
          withTargetCount: 0,
          atTargetCount: 0,
          atTargetShare: null,
          evidenceShare: null,
        },
      ]);

      // The scorecard's filters: team B's only service has no past.
      const teamB = await get(`?owner=team-b&from=${date(12)}`);
      expect(teamB.body.points).toEqual([
        expect.objectContaining({ asOf: date(0), serviceCount: 1 }),
      ]);
      const levelTwo = await get(`?level=2&from=${date(12)}`);
      expect(levelTwo.body.points.map((p: any) => p.serviceCount)).toEqual([
        1, 1,
      ]);
    });

    it('gives a point per week or month, as of its last day or today', async () => {
      await seed();
      const weeks = await get(`?from=${date(40)}&interval=week`);
      expect(weeks.status).toBe(200);
      // Only today's week has figures of its last day (today).
      expect(weeks.body.points).toEqual([
        expect.objectContaining({ asOf: date(0), serviceCount: 3 }),
      ]);
      const monday = TODAY - ((((TODAY + 3) % 7) + 7) % 7);
      expect(weeks.body.points[0].date).toBe(dayToDate(monday));
      const months = await get(`?from=${date(40)}&interval=month`);
      expect(months.body.points.at(-1)).toMatchObject({
        date: `${date(0).slice(0, 7)}-01`,
        asOf: date(0),
      });
    });

    it('counts nothing for a caller who may read no service', async () => {
      await seed();
      const res = await get(`?from=${date(12)}`, asDeniedReader);
      expect(res.status).toBe(200);
      expect(res.body.points).toEqual([]);
    });

    it('exports the points as CSV', async () => {
      await seed();
      const res = await request(run.plugin.server)
        .get(`${API}/scorecard/trend/export?from=${date(12)}&to=${date(0)}`)
        .set('Authorization', asOther);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="mlops-maturity-trend-${date(12)}-${date(
          0,
        )}.csv"`,
      );
      expect(res.text.split('\r\n')).toEqual([
        'date,as_of,services,assessed,stale,level_0,level_1,level_2,level_3,level_4,not_assessed,mean_score,with_target,at_target,at_target_share,evidence_share',
        `${date(10)},${date(10)},1,1,0,0,1,0,0,0,0,1,0,0,,`,
        `${date(0)},${date(0)},3,2,0,0,0,1,0,1,1,3,0,0,,`,
        '',
      ]);
    });

    it.each([
      ['?from=2026-02-30', 'query.from: from must be a date like 2026-01-31'],
      ['?to=yesterday', 'query.to: to must be a date like 2026-01-31'],
      [
        '?from=2026-03-02&to=2026-03-01',
        'query.from (2026-03-02) must not be after query.to (2026-03-01)',
      ],
      [
        '?from=2020-01-01&to=2026-01-01',
        'query.from: a trend covers at most 1100 days from query.from to query.to',
      ],
      [
        '?interval=year',
        'query.interval: interval must be one of day, week, month',
      ],
      ['?limit=5', 'query.limit is not a known parameter'],
      [
        '?campaignDone=true',
        'query.campaignDone needs query.campaign: the campaign whose goal it counts',
      ],
    ])('refuses %s with a 400 naming the field', async (query, message) => {
      for (const path of ['/scorecard/trend', '/scorecard/trend/export']) {
        const res = await request(run.plugin.server)
          .get(`${API}${path}${query}`)
          .set('Authorization', asOther);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toBe(message);
      }
    });

    it('refuses an unknown campaign', async () => {
      const res = await get('?campaign=00000000-0000-4000-8000-000000000000');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        /^query.campaign: there is no campaign/,
      );
    });
  });
});
