import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  computeScore,
  CurrentAssessment,
  defaultMaturityModel,
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  answersByDimension,
  uniformAnswers,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { DateTime } from 'luxon';
import { createMlopsMaturityFactRetriever } from './createMlopsMaturityFactRetriever';

const BASE = 'http://backstage.test/api/mlops-maturity';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/**
 * A tech-insights database without any facts yet: these tests are about what
 * the retriever reads from the API (the stored facts are deleteWithdrawnFacts').
 */
async function emptyTechInsightsDatabase() {
  return mockServices.database({ knex: await databases.init('SQLITE_3') });
}

const row = (
  name: string,
  assessed: boolean,
  target: Partial<ScorecardRow> = {},
): ScorecardRow => ({
  entityRef: `component:default/${name}`,
  kind: 'component',
  namespace: 'default',
  name,
  title: null,
  type: 'ml-service',
  owner: 'group:default/team-a',
  system: null,
  domain: null,
  lifecycle: 'production',
  targetLevel: null,
  targetTitle: null,
  targetMet: null,
  assessed,
  revision: assessed ? 1 : null,
  score: null,
  level: null,
  gatedLevel: null,
  weakestDimensionId: null,
  raisesToNextLevel: null,
  updatedAt: null,
  updatedBy: null,
  stale: false,
  evidenceShare: null,
  evidenceBackedCount: null,
  evidenceAnsweredCount: null,
  evidenceSuggestsHigherCount: null,
  verifiedLevel: null,
  verifiedScore: null,
  verificationGapCount: null,
  ...target,
});

const assessment = (
  name: string,
  model: MaturityModel,
  answers: CurrentAssessment['answers'],
  createdAt: string,
  stale: boolean,
): CurrentAssessment => ({
  entityRef: `component:default/${name}`,
  revision: 1,
  modelId: model.id,
  modelVersion: model.version,
  answers,
  result: computeScore(model, answers),
  author: 'user:default/olivia',
  createdAt,
  stale,
  staleAfterDays: 90,
});

function serve(routes: Record<string, unknown>) {
  const requests: Array<{ url: string; authorization: string | null }> = [];
  jest.spyOn(global, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    requests.push({
      url,
      authorization: new Headers(init?.headers).get('authorization'),
    });
    const path = url.slice(BASE.length);
    if (!(path in routes)) {
      return new Response(
        JSON.stringify({ error: { name: 'NotFoundError', message: path } }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      );
    }
    const body = routes[path];
    return body === undefined
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(body), {
          headers: { 'content-type': 'application/json' },
        });
  });
  return requests;
}

function context() {
  return {
    config: mockServices.rootConfig({ data: {} }),
    discovery: {
      getBaseUrl: async (pluginId: string) =>
        `http://backstage.test/api/${pluginId}`,
      getExternalBaseUrl: async (pluginId: string) =>
        `http://backstage.test/api/${pluginId}`,
    },
    logger: mockServices.logger.mock(),
    auth: mockServices.auth({ pluginId: 'tech-insights' }),
    urlReader: mockServices.urlReader.mock(),
  };
}

// In the order the common scorecard codec writes them: filters, sort, paging.
const FIRST_PAGE = `/scorecard/page?orderBy=name&order=asc&limit=500&offset=0`;
const pageAfter = (cursor: string) =>
  `/scorecard/page?orderBy=name&order=asc&limit=500&cursor=${cursor}`;

describe('createMlopsMaturityFactRetriever', () => {
  afterEach(() => jest.restoreAllMocks());

  it('publishes the facts of every page of the scorecard (read on by cursor), from each current assessment', async () => {
    const now = DateTime.utc();
    const old = now.minus({ days: 120, hours: 1 }).toISO();
    const recent = now.minus({ days: 3, hours: 2 }).toISO();
    // An assessment answered against an older model version without the
    // monitoring dimension: that average is null, not missing.
    const olderModel: MaturityModel = {
      ...defaultMaturityModel,
      version: '0.9',
      dimensions: defaultMaturityModel.dimensions
        .filter(d => d.id !== 'monitoring-operations')
        .map((d, i) => ({ ...d, weight: i === 0 ? 0.5 : 0.25 })),
      questions: defaultMaturityModel.questions.filter(
        q => q.dimensionId !== 'monitoring-operations',
      ),
    };
    const a = assessment(
      'a',
      defaultMaturityModel,
      answersByDimension({
        'people-process': [1, 2, 3],
        'model-development': [2, 2, 2, 2],
        'deployment-serving': [4, 4, 'na', 4],
        'monitoring-operations': [0, 1, 0, 1],
      }),
      recent,
      false,
    );
    const c = assessment(
      'c',
      olderModel,
      uniformAnswers(3, olderModel),
      old,
      true,
    );
    const requests = serve({
      [FIRST_PAGE]: {
        items: [
          row('a', true, {
            targetLevel: 2,
            targetMet: true,
            evidenceShare: 0.4,
            evidenceBackedCount: 6,
            evidenceAnsweredCount: 15,
            evidenceSuggestsHigherCount: 2,
            // Meets its target as claimed, not as verified.
            verifiedLevel: 1,
            verifiedScore: 1.4,
            verificationGapCount: 5,
          }),
          row('b', false, { targetLevel: 1, targetMet: false }),
        ],
        limit: 500,
        offset: 0,
        hasMore: true,
        nextCursor: 'after-b',
      },
      [pageAfter('after-b')]: {
        items: [row('c', true)],
        limit: 500,
        offset: 500,
        hasMore: false,
      },
      '/assessments/component/default/a': a,
      '/assessments/component/default/c': c,
    });

    const retriever = createMlopsMaturityFactRetriever({
      model: defaultMaturityModel,
      version: '1.0.0',
      database: await emptyTechInsightsDatabase(),
    });
    const facts = await retriever.handler(context());

    expect(facts.map(f => f.entity)).toEqual([
      { kind: 'component', namespace: 'default', name: 'a' },
      { kind: 'component', namespace: 'default', name: 'b' },
      { kind: 'component', namespace: 'default', name: 'c' },
    ]);
    expect(JSON.parse(JSON.stringify(facts[0].facts))).toEqual({
      assessed: true,
      level: a.result.level,
      gatedLevel: a.result.gatedLevel,
      score: a.result.score,
      lastAssessedAt: DateTime.fromISO(recent, { zone: 'utc' }).toISO(),
      daysSinceAssessment: 3,
      stale: false,
      targetLevel: 2,
      targetMet: true,
      belowTarget: false,
      evidenceShare: 0.4,
      evidenceSuggestsHigherCount: 2,
      verifiedLevel: 1,
      verifiedScore: 1.4,
      verificationGapCount: 5,
      verifiedBelowTarget: true,
      peopleProcessAverage: 2,
      modelDevelopmentAverage: 2,
      deploymentServingAverage: 4,
      monitoringOperationsAverage: 0.5,
    });
    expect(facts[1].facts).toEqual({
      assessed: false,
      level: null,
      gatedLevel: null,
      score: null,
      lastAssessedAt: null,
      daysSinceAssessment: null,
      stale: false,
      targetLevel: 1,
      targetMet: false,
      belowTarget: true,
      evidenceShare: null,
      evidenceSuggestsHigherCount: null,
      verifiedLevel: null,
      verifiedScore: null,
      verificationGapCount: null,
      verifiedBelowTarget: true,
      peopleProcessAverage: null,
      modelDevelopmentAverage: null,
      deploymentServingAverage: null,
      monitoringOperationsAverage: null,
    });
    expect(facts[2].facts).toMatchObject({
      assessed: true,
      level: 3,
      daysSinceAssessment: 120,
      stale: true,
      // No target applies: not below one.
      targetLevel: null,
      targetMet: null,
      belowTarget: false,
      // Nor below it as verified (nothing computed yet).
      verifiedLevel: null,
      verifiedBelowTarget: false,
      peopleProcessAverage: 3,
      monitoringOperationsAverage: null,
    });
    // Unassessed rows are not fetched; every call carries a service token
    // for the mlops-maturity plugin.
    expect(requests.map(r => r.url.slice(BASE.length)).sort()).toEqual(
      [
        FIRST_PAGE,
        pageAfter('after-b'),
        '/assessments/component/default/a',
        '/assessments/component/default/c',
      ].sort(),
    );
    expect(requests.every(r => r.authorization?.startsWith('Bearer '))).toBe(
      true,
    );
  });

  it('skips a service that left the catalog between the listing and the read of its assessment', async () => {
    const recent = DateTime.utc().minus({ days: 1 }).toISO();
    serve({
      [FIRST_PAGE]: {
        items: [row('gone', true), row('kept', true)],
        hasMore: false,
      },
      // No route for /assessments/component/default/gone: a 404.
      '/assessments/component/default/kept': assessment(
        'kept',
        defaultMaturityModel,
        uniformAnswers(2),
        recent,
        false,
      ),
    });
    const retriever = createMlopsMaturityFactRetriever({
      model: defaultMaturityModel,
      version: '1.0.0',
      database: await emptyTechInsightsDatabase(),
    });
    const facts = await retriever.handler(context());
    expect(facts.map(f => [f.entity.name, f.facts.level])).toEqual([
      ['kept', 2],
    ]);
  });

  it('fails with the response error when the API answers with an error', async () => {
    serve({});
    const retriever = createMlopsMaturityFactRetriever({
      model: defaultMaturityModel,
      version: '1.0.0',
      database: await emptyTechInsightsDatabase(),
    });
    await expect(retriever.handler(context())).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
  });
});
