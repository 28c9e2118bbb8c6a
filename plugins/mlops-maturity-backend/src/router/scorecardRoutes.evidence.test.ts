import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AssessmentAnswers,
  ScorecardResponse,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import {
  confidentialPolicy,
  RealCatalogBackend,
  startRealCatalogBackend,
  TEAM_MEMBERSHIPS,
  testUser,
} from '../__testUtils__/realCatalogBackend';
import {
  ENTITIES,
  evidenceModule,
  RANKER_ANSWERS,
  SPELLER_ANSWERS,
  tool,
} from '../__testUtils__/evidenceShareFixtures';
import { createTestDatabases } from '../testUtils';
import { ScorecardHeadlineStore } from '../database/ScorecardHeadlineStore';

jest.setTimeout(180_000);

const user = testUser;
const MEMBERSHIPS = TEAM_MEMBERSHIPS;

const policy = confidentialPolicy;

describe('evidence-backed share on the scorecard', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: RealCatalogBackend;
    const as = (who: string) => mockCredentials.user.header(user(who));

    const submit = async (
      name: string,
      who: string,
      answers: AssessmentAnswers,
    ) => {
      const path = `/api/mlops-maturity/assessments/component/default/${name}`;
      const current = await request(app.server)
        .get(path)
        .set('Authorization', as(who));
      const res = await request(app.server)
        .put(path)
        .set('Authorization', as(who))
        .send({
          baseRevision: current.status === 200 ? current.body.revision : null,
          answers,
        });
      expect(res.status).toBe(200);
    };

    const scorecard = async (
      who: string,
      query: Record<string, string> = {},
    ): Promise<ScorecardResponse> => {
      const res = await request(app.server)
        .get('/api/mlops-maturity/scorecard')
        .query(query)
        .set('Authorization', as(who));
      expect(res.status).toBe(200);
      return res.body;
    };

    const rowsByName = async (who: string) =>
      new Map<string, ScorecardRow>(
        (await scorecard(who)).items.map(row => [row.name, row]),
      );
    const names = async (who: string, query: Record<string, string>) =>
      (await scorecard(who, query)).items.map(row => row.name);

    beforeAll(async () => {
      tool.extra.clear();
      tool.down = false;
      app = await startRealCatalogBackend({
        databases,
        databaseId,
        entities: ENTITIES,
        policy,
        memberships: MEMBERSHIPS,
        features: [evidenceModule],
      });
      await submit('ranker', 'olivia', RANKER_ANSWERS);
      await submit('speller', 'olivia', SPELLER_ANSWERS);
      await submit('tagger', 'oscar', uniformAnswers(2));
    });

    afterAll(async () => {
      await app?.backend.stop();
    });

    it('measures each submission against its evidence right away', async () => {
      const rows = await rowsByName('oscar');
      // ranker: training-automation backed by a signal at 3 (evidence
      // suggests higher), testing by its link; model-monitoring's signal
      // shows only 1, so that answer is self-reported.
      expect(rows.get('ranker')).toMatchObject({
        evidenceShare: 2 / 15,
        evidenceBackedCount: 2,
        evidenceAnsweredCount: 15,
        evidenceSuggestsHigherCount: 1,
      });
      // speller: no evidence at all; the N/A answer is not counted.
      expect(rows.get('speller')).toMatchObject({
        evidenceShare: 0,
        evidenceBackedCount: 0,
        evidenceAnsweredCount: 14,
        evidenceSuggestsHigherCount: 0,
      });
      expect(rows.get('tagger')).toMatchObject({
        evidenceShare: 1 / 15,
        evidenceBackedCount: 1,
        evidenceAnsweredCount: 15,
        evidenceSuggestsHigherCount: 0,
      });
      // Evidence but no assessment: nothing to measure.
      expect(rows.get('untouched')).toMatchObject({
        assessed: false,
        evidenceShare: null,
        evidenceBackedCount: null,
        evidenceAnsweredCount: null,
        evidenceSuggestsHigherCount: null,
      });
    });

    it('sorts by the share, services without one last either way', async () => {
      expect(
        await names('oscar', { orderBy: 'evidenceShare', order: 'desc' }),
      ).toEqual(['ranker', 'tagger', 'speller', 'untouched']);
      expect(
        await names('oscar', { orderBy: 'evidenceShare', order: 'asc' }),
      ).toEqual(['speller', 'tagger', 'ranker', 'untouched']);
    });

    it('filters by the share and by evidence suggesting higher', async () => {
      expect(await names('oscar', { evidenceShareMin: '0.1' })).toEqual([
        'ranker',
      ]);
      expect(await names('oscar', { evidenceShareMax: '0' })).toEqual([
        'speller',
      ]);
      // Ranges that meet at a share do not overlap: just under tagger's
      // 1/15 (0.0666…), tagger is "at least" it and not "below" it.
      const tagger = '0.066666';
      expect(
        (await names('oscar', { evidenceShareBelow: tagger })).sort(),
      ).toEqual(['speller']);
      expect(
        (await names('oscar', { evidenceShareMin: tagger })).sort(),
      ).toEqual(['ranker', 'tagger']);
      // Exactly at the bound: speller's share is 0, at most 0 and not below it.
      expect(await names('oscar', { evidenceShareBelow: '0' })).toEqual([]);
      expect(
        (
          await names('oscar', {
            evidenceShareMin: '0.05',
            evidenceShareMax: '0.1',
          })
        ).sort(),
      ).toEqual(['tagger']);
      expect(await names('oscar', { evidenceSuggestsHigher: 'true' })).toEqual([
        'ranker',
      ]);
      expect(
        (await names('oscar', { evidenceSuggestsHigher: 'false' })).sort(),
      ).toEqual(['speller', 'tagger']);
    });

    it('rolls the share up per team and overall, over only what the caller may read', async () => {
      const all = await scorecard('oscar');
      expect(all.summary).toMatchObject({
        evidenceShare: 3 / 44,
        evidenceSuggestsHigherCount: 1,
      });
      const owners = new Map(all.owners.map(o => [o.owner, o]));
      expect(owners.get('group:default/team-a')).toMatchObject({
        evidenceShare: 2 / 29,
        evidenceSuggestsHigherCount: 1,
      });
      expect(owners.get('group:default/team-b')).toMatchObject({
        evidenceShare: 1 / 15,
        evidenceSuggestsHigherCount: 0,
      });

      // olivia may not read tagger: neither its row nor its answers count.
      const hers = await scorecard('olivia');
      expect(hers.items.map(r => r.name)).not.toContain('tagger');
      expect(hers.summary.evidenceShare).toBe(2 / 29);
      expect(
        hers.owners.find(o => o.owner === 'group:default/team-b'),
      ).toMatchObject({ evidenceShare: null, serviceCount: 1 });
    });

    it('exports the figures in the CSV', async () => {
      const res = await request(app.server)
        .get('/api/mlops-maturity/scorecard/export')
        .query({ orderBy: 'evidenceShare', order: 'desc' })
        .set('Authorization', as('oscar'));
      expect(res.status).toBe(200);
      const [header, ...lines] = res.text.trim().split('\r\n');
      const columns = header.split(',');
      const cell = (line: string, column: string) =>
        line.split(',')[columns.indexOf(column)];
      const ranker = lines.find(l => l.startsWith('component:default/ranker'))!;
      expect(Number(cell(ranker, 'evidence_share'))).toBe(2 / 15);
      expect(cell(ranker, 'evidence_backed')).toBe('2');
      expect(cell(ranker, 'evidence_answered')).toBe('15');
      expect(cell(ranker, 'evidence_suggests_higher')).toBe('1');
      const untouched = lines.find(l =>
        l.startsWith('component:default/untouched'),
      )!;
      expect(cell(untouched, 'evidence_share')).toBe('');
    });

    it('rejects a bad share filter with a 400 naming the field', async () => {
      const bad = async (query: Record<string, string>) => {
        const res = await request(app.server)
          .get('/api/mlops-maturity/scorecard')
          .query(query)
          .set('Authorization', as('oscar'));
        expect(res.status).toBe(400);
        return res.body.error.message as string;
      };
      expect(await bad({ evidenceShareMin: '1.5' })).toContain(
        'evidenceShareMin must be a number from 0 to 1',
      );
      expect(await bad({ evidenceShareMax: 'half' })).toContain(
        'evidenceShareMax must be a number from 0 to 1',
      );
      expect(
        await bad({ evidenceShareMin: '0.6', evidenceShareMax: '0.5' }),
      ).toContain('evidenceShareMin must not be above evidenceShareMax');
      expect(await bad({ evidenceShareBelow: '2' })).toContain(
        'evidenceShareBelow must be a number from 0 to 1',
      );
      expect(
        await bad({ evidenceShareMin: '0.5', evidenceShareBelow: '0.5' }),
      ).toContain('evidenceShareMin must be below evidenceShareBelow');
      expect(await bad({ evidenceSuggestsHigher: 'yes' })).toContain(
        'evidenceSuggestsHigher must be true or false',
      );
      expect(await bad({ orderBy: 'evidence' })).toContain(
        'orderBy must be one of',
      );
    });

    it('re-measures every assessed service on the catalog sync, keeping the figures while a provider fails', async () => {
      // The tool now shows speller's experiments tracked at Level 4.
      tool.extra.set('speller', [
        {
          questionId: 'experiment-tracking',
          level: 4,
          title: 'Every run tracked',
        },
      ]);
      await app.triggerSync();
      expect((await rowsByName('oscar')).get('speller')).toMatchObject({
        evidenceShare: 1 / 14,
        evidenceBackedCount: 1,
        evidenceSuggestsHigherCount: 1,
      });

      // Down: a sync changes nothing rather than dropping the share to 0.
      tool.extra.delete('speller');
      tool.down = true;
      await app.triggerSync();
      const during = await rowsByName('oscar');
      expect(during.get('speller')?.evidenceShare).toBe(1 / 14);
      expect(during.get('ranker')?.evidenceShare).toBe(2 / 15);

      tool.down = false;
      await app.triggerSync();
      expect((await rowsByName('oscar')).get('speller')).toMatchObject({
        evidenceShare: 0,
        evidenceSuggestsHigherCount: 0,
      });

      // Nothing changed since: the next sync finds every fingerprint the
      // same and writes nothing.
      const measuredAt = async () =>
        Object.fromEntries(
          (
            await app
              .knex('mlops_maturity_entities')
              .whereNotNull('evidence_measured_at')
              .select('name', 'evidence_measured_at', 'evidence_fingerprint')
          ).map(r => [
            r.name,
            [String(r.evidence_measured_at), r.evidence_fingerprint],
          ]),
        );
      const before = await measuredAt();
      expect(Object.keys(before).sort()).toEqual([
        'ranker',
        'speller',
        'tagger',
      ]);
      await app.triggerSync();
      expect(await measuredAt()).toEqual(before);
    });

    it('measures a new revision on submission; a measurement of an older revision never lands', async () => {
      const store = new ScorecardHeadlineStore(app.knex);
      const before = await app
        .knex('mlops_maturity_entities')
        .where('name', 'tagger')
        .first('entity_ref', 'entity_uid', 'revision');
      expect(Number(before.revision)).toBe(1);

      await submit('tagger', 'oscar', uniformAnswers(1));
      // testing's signal at 2 now backs the answer at 1 and suggests higher.
      expect((await rowsByName('oscar')).get('tagger')).toMatchObject({
        revision: 2,
        evidenceShare: 1 / 15,
        evidenceSuggestsHigherCount: 1,
      });

      // A sync that read revision 1's answers before the submission.
      const changed = await store.setEvidence(
        [
          {
            entityRef: before.entity_ref,
            entityUid: before.entity_uid,
            revision: 1,
            answered: 15,
            backed: 15,
            higher: 0,
            fingerprint: 'of revision 1',
          },
        ],
        new Date(),
      );
      expect(changed).toBe(0);
      expect((await rowsByName('oscar')).get('tagger')?.evidenceShare).toBe(
        1 / 15,
      );

      // The same measurement of the current revision lands.
      const current = await store.setEvidence(
        [
          {
            entityRef: before.entity_ref,
            entityUid: before.entity_uid,
            revision: 2,
            answered: 15,
            backed: 3,
            higher: 1,
            fingerprint: 'of revision 2',
          },
        ],
        new Date(),
      );
      expect(current).toBe(1);
      expect((await rowsByName('oscar')).get('tagger')).toMatchObject({
        evidenceShare: 3 / 15,
        evidenceBackedCount: 3,
      });
    });
  });
});
