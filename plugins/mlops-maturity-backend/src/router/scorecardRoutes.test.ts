import request from 'supertest';
import { createTestDatabases } from '../testUtils';
import { asOther, asOwner } from '../__testUtils__/testBackend';
import { API, pluginPerTest } from '../__testUtils__/routeRequests';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

jest.setTimeout(60_000);

const answers = uniformAnswers;

describe('scorecardRoutes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const run = pluginPerTest(databases, databaseId);
    const { submit } = run;

    it('serves the scorecard from the synced catalog, filtered, sorted and paged', async () => {
      await run.plugin.syncCatalog();
      await submit(null);
      await request(run.plugin.server)
        .put(`${API}/assessments/component/default/ranker`)
        .set('Authorization', asOwner)
        .send({ baseRevision: null, answers: answers(4) });

      const all = await request(run.plugin.server)
        .get(`${API}/scorecard`)
        .set('Authorization', asOther);
      expect(all.status).toBe(200);
      expect(all.body.items.map((r: any) => [r.name, r.level])).toEqual([
        ['ranker', 4],
        ['churn-model', 2],
        ['fraud-scorer', null],
      ]);
      expect(all.body.items[1]).toMatchObject({
        owner: 'group:default/team-a',
        system: 'system:default/growth',
        domain: 'domain:default/commerce',
      });
      expect(all.body).toMatchObject({ totalCount: 3, limit: 50, offset: 0 });

      const teamA = await request(run.plugin.server)
        .get(
          `${API}/scorecard?owner=team-a&orderBy=name&order=asc&limit=1&offset=1`,
        )
        .set('Authorization', asOther);
      expect(teamA.body.items.map((r: any) => r.name)).toEqual(['ranker']);
      expect(teamA.body.totalCount).toBe(2);

      const levels = await request(run.plugin.server)
        .get(`${API}/scorecard?level=2&level=4&orderBy=score&order=asc`)
        .set('Authorization', asOther);
      expect(levels.body.items.map((r: any) => r.name)).toEqual([
        'churn-model',
        'ranker',
      ]);

      const unassessed = await request(run.plugin.server)
        .get(`${API}/scorecard?assessed=false`)
        .set('Authorization', asOther);
      expect(unassessed.body.items.map((r: any) => r.name)).toEqual([
        'fraud-scorer',
      ]);

      const bad = await request(run.plugin.server)
        .get(
          `${API}/scorecard?orderBy=rank&level=7&stale=maybe&owner=x/y/z&x=1`,
        )
        .set('Authorization', asOther);
      expect(bad.status).toBe(400);
      expect(bad.body.error.issues.map((i: any) => i.field).sort()).toEqual(
        [
          'query.level.0',
          'query.orderBy',
          'query.owner.0',
          'query.stale',
          'query.x',
        ].sort(),
      );
    });

    it('serves a page and the summary of its filter separately, as /scorecard serves them together', async () => {
      await run.plugin.syncCatalog();
      await submit(null);
      const get = (path: string) =>
        request(run.plugin.server)
          .get(`${API}${path}`)
          .set('Authorization', asOther);

      for (const filter of ['', 'owner=team-a', 'assessed=true', 'level=2']) {
        const both = await get(`/scorecard?${filter}&orderBy=name&order=asc`);
        const summary = await get(`/scorecard/summary?${filter}`);
        expect(summary.status).toBe(200);
        const { items, limit, offset, ...wholeSet } = both.body;
        expect(summary.body).toEqual(wholeSet);

        // Page by page, one row at a time, the pages add up to the set.
        const paged: string[] = [];
        for (let at = 0; ; at++) {
          const page = await get(
            `/scorecard/page?${filter}&orderBy=name&order=asc&limit=1&offset=${at}`,
          );
          expect(page.status).toBe(200);
          expect(page.body).toMatchObject({ limit: 1, offset: at });
          expect(page.body).not.toHaveProperty('totalCount');
          paged.push(...page.body.items.map((r: any) => r.entityRef));
          expect(page.body.hasMore).toBe(at + 1 < wholeSet.totalCount);
          if (!page.body.hasMore) break;
        }
        expect(paged).toEqual(items.map((r: any) => r.entityRef));
      }

      const badSummary = await get(
        '/scorecard/summary?orderBy=score&limit=5&level=9',
      );
      expect(badSummary.status).toBe(400);
      expect(
        badSummary.body.error.issues.map((i: any) => i.field).sort(),
      ).toEqual(['query.level.0', 'query.limit', 'query.orderBy']);
      const badPage = await get('/scorecard/page?limit=0&order=up');
      expect(badPage.status).toBe(400);
      expect(badPage.body.error.issues.map((i: any) => i.field).sort()).toEqual(
        ['query.limit', 'query.order'],
      );
    });

    it('exports the filtered scorecard as RFC 4180 CSV', async () => {
      await run.plugin.syncCatalog();
      await submit(null);
      const res = await request(run.plugin.server)
        .get(
          `${API}/scorecard/export?owner=group:default/team-a&orderBy=name&order=asc`,
        )
        .set('Authorization', asOther);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      // Dated (the server's UTC day), so exports of different days do not
      // overwrite each other.
      const day = new Date(res.headers.date).toISOString().slice(0, 10);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="mlops-maturity-scorecard-${day}.csv"`,
      );
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe(
        'entity_ref,title,type,owner,system,domain,lifecycle,assessed,level,level_name,score,score_exact,gated_level,weakest_dimension,raises_to_next_level,updated_at,updated_by,stale,target_level,target_met,evidence_share,evidence_backed,evidence_answered,evidence_suggests_higher,verified_level,verified_level_name,verified_score,verification_gaps',
      );
      // Every answer at 2: the score as the UI shows it and exact, no
      // weakest dimension, seven level steps to Level 3 (none above it); no
      // evidence provider, so no evidence figures; nothing at Level 3 or
      // above to review, so verified as claimed, no answer counted lower.
      expect(lines[1]).toMatch(
        /^component:default\/churn-model,churn model,ml-model,group:default\/team-a,system:default\/growth,domain:default\/commerce,production,true,2,Automated Training,2.00,2,2,,7,\d{4}-\d\d-\d\dT[\d:.]+Z,user:default\/olivia,false,,,,,,,2,Automated Training,2,0$/,
      );
      expect(lines[2]).toBe(
        'component:default/ranker,ranker,ml-service,group:default/team-a,system:default/growth,domain:default/commerce,production,false,,,,,,,,,,false,,,,,,,,,,',
      );
      expect(lines[3]).toBe('');
      expect(lines).toHaveLength(4);
    });
  });
});
