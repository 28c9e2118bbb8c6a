// The one list of databases every suite of the plugin's packages runs on.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { createTestDatabases } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  MaturityLevelNumber,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import request from 'supertest';
import { mlopsMaturityChecks } from './checks/mlopsMaturityChecks';
import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from './factRetriever/factSchema';
import { startTechInsightsBackend } from './__testUtils__/startTechInsightsBackend';
import {
  checkResults,
  latestFacts,
  READER,
  runRetriever,
  waitFor,
} from './__testUtils__/techInsightsRequests';

jest.setTimeout(180_000);

const component = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type, owner: 'team-a', lifecycle: 'production' },
});

/*
 * Each ML service's claimed level and the verified figures seeded into the
 * plugin's scorecard table, as its verified-level writer stores them. The
 * services have a Level 2 target; the ML model none.
 */
const SERVICES: Record<
  string,
  {
    type: string;
    claimed: MaturityLevelNumber;
    verified?: { level: MaturityLevelNumber; score: number; gaps: number };
  }
> = {
  'claims-two': {
    type: 'ml-service',
    claimed: 2,
    verified: { level: 1, score: 1.6, gaps: 8 },
  },
  'verified-two': {
    type: 'ml-service',
    claimed: 3,
    verified: { level: 2, score: 2.7, gaps: 4 },
  },
  'not-computed': { type: 'ml-service', claimed: 3 },
  'any-model': {
    type: 'ml-model',
    claimed: 1,
    verified: { level: 0, score: 0.9, gaps: 2 },
  },
};

const CONFIG = {
  app: { baseUrl: 'http://localhost:3000' },
  catalog: { processingInterval: { seconds: 1 } },
  mlopsMaturity: {
    // Lists the services soon after the start, then not again in the test.
    catalogSync: { frequency: { hours: 1 }, initialDelay: { seconds: 0 } },
    targets: [{ level: 2, filter: { type: ['ml-service'] } }],
  },
  techInsights: {
    factRetrievers: {
      [MLOPS_MATURITY_FACT_RETRIEVER_ID]: {
        cadence: '0 0 1 1 *',
        initialDelay: { seconds: 1 },
        lifecycle: { maxItems: 2 },
      },
    },
    factChecker: { checks: mlopsMaturityChecks },
  },
};

const databases = createTestDatabases();

describe('the verified level in Tech Insights', () => {
  it.each(databases.eachSupportedId())(
    'is a fact of every ML service, and the verified-target check reads it, on %p',
    async databaseId => {
      const { backend, knexFor } = await startTechInsightsBackend({
        databases,
        databaseId,
        entities: Object.entries(SERVICES).map(([name, s]) =>
          component(name, s.type),
        ),
        config: CONFIG,
      });
      await waitFor('the scorecard to list the ML services', async () => {
        const res = await request(backend.server)
          .get('/api/mlops-maturity/scorecard/page?limit=50')
          .set('Authorization', READER);
        return res.status === 200 &&
          res.body.items.length === Object.keys(SERVICES).length
          ? true
          : undefined;
      });
      const knex = await knexFor('mlops-maturity');
      for (const [name, { claimed, verified }] of Object.entries(SERVICES)) {
        const res = await request(backend.server)
          .put(`/api/mlops-maturity/assessments/component/default/${name}`)
          .set('Authorization', READER)
          .send({ baseRevision: null, answers: uniformAnswers(claimed) });
        expect(res.status).toBe(200);
        await knex('mlops_maturity_entities')
          .where('name', name)
          .update({
            verified_level: verified?.level ?? null,
            verified_score: verified?.score ?? null,
            verified_gaps: verified?.gaps ?? null,
            verified_revision: verified ? 1 : null,
          });
      }
      await runRetriever(backend);

      const rows = new Map<string, ScorecardRow>(
        (
          await request(backend.server)
            .get('/api/mlops-maturity/scorecard/page?limit=50')
            .set('Authorization', READER)
        ).body.items.map((r: ScorecardRow) => [r.name, r]),
      );
      const verifiedFacts = async (name: string) => {
        const { facts } = (await latestFacts(backend, name))!;
        return {
          verifiedLevel: facts.verifiedLevel,
          verifiedScore: facts.verifiedScore,
          verificationGapCount: facts.verificationGapCount,
          verifiedBelowTarget: facts.verifiedBelowTarget,
          belowTarget: facts.belowTarget,
        };
      };
      // Meets its Level 2 target as claimed, not as verified.
      expect(await verifiedFacts('claims-two')).toEqual({
        verifiedLevel: 1,
        verifiedScore: 1.6,
        verificationGapCount: 8,
        verifiedBelowTarget: true,
        belowTarget: false,
      });
      expect(await verifiedFacts('verified-two')).toEqual({
        verifiedLevel: 2,
        verifiedScore: 2.7,
        verificationGapCount: 4,
        verifiedBelowTarget: false,
        belowTarget: false,
      });
      // No verified level yet: not known to reach the target.
      expect(await verifiedFacts('not-computed')).toEqual({
        verifiedLevel: null,
        verifiedScore: null,
        verificationGapCount: null,
        verifiedBelowTarget: true,
        belowTarget: false,
      });
      // No target applies: not below one, however low.
      expect((await verifiedFacts('any-model')).verifiedBelowTarget).toBe(
        false,
      );
      // The facts are the scorecard's.
      for (const name of Object.keys(SERVICES)) {
        expect((await latestFacts(backend, name))!.facts.verifiedLevel).toBe(
          rows.get(name)!.verifiedLevel,
        );
      }

      const verifiedCheck = async (name: string) => {
        const results = await checkResults(backend, name);
        return [
          results.mlopsMaturityNotBelowTarget.result,
          results.mlopsMaturityVerifiedNotBelowTarget.result,
        ];
      };
      expect(await verifiedCheck('claims-two')).toEqual([true, false]);
      expect(await verifiedCheck('verified-two')).toEqual([true, true]);
      expect(await verifiedCheck('not-computed')).toEqual([true, false]);
      expect(await verifiedCheck('any-model')).toEqual([true, true]);
      const results = await checkResults(backend, 'claims-two');
      expect(
        results.mlopsMaturityVerifiedNotBelowTarget.check.metadata,
      ).toEqual(
        mlopsMaturityChecks.mlopsMaturityVerifiedNotBelowTarget.metadata,
      );
    },
  );
});
