import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
// The one test kit of the plugin's packages.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  runScheduledTask,
  waitFor,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-backend/testUtils';
import request from 'supertest';
import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from '../factRetriever/factSchema';

const RETRIEVER = MLOPS_MATURITY_FACT_RETRIEVER_ID;

/** A reader with the Tech Insights permissions (the test backend allows all). */
export const READER = mockCredentials.user.header('user:default/olivia');

/** What `/facts/latest` and `/facts/range` answer per fact row. */
export type StoredFacts = {
  facts: Record<string, unknown>;
  timestamp: string;
};

/** A check's result as `/checks/run` answers it. */
export type CheckResult = {
  check: { id: string; metadata: Record<string, unknown> };
  result: boolean;
  facts: Record<string, { value: unknown }>;
};

/** Polls `probe` until it returns a value. */
export { waitFor };

/** Runs the retriever now through the scheduler's API and waits until that run has ended. */
export async function runRetriever(backend: TestBackend) {
  await runScheduledTask(backend, 'tech-insights', RETRIEVER, 60_000);
}

/** The latest facts of the retriever for a component, as `/facts/latest` serves them. */
export async function latestFacts(
  backend: TestBackend,
  name: string,
): Promise<StoredFacts | undefined> {
  const res = await request(backend.server)
    .get('/api/tech-insights/facts/latest')
    .query({ entity: `component:default/${name}`, 'ids[]': RETRIEVER })
    .set('Authorization', READER);
  expect(res.status).toBe(200);
  return res.body[RETRIEVER];
}

/** Every fact row of the retriever for a component between two instants, as `/facts/range` serves them. */
export async function factsRange(
  backend: TestBackend,
  name: string,
  range: { start: Date; end: Date },
): Promise<StoredFacts[]> {
  const res = await request(backend.server)
    .get('/api/tech-insights/facts/range')
    .query({
      entity: `component:default/${name}`,
      'ids[]': RETRIEVER,
      startDatetime: range.start.toISOString(),
      endDatetime: range.end.toISOString(),
    })
    .set('Authorization', READER);
  expect(res.status).toBe(200);
  return res.body[RETRIEVER] ?? [];
}

/** Runs every configured check for a component, by check id. */
export async function checkResults(
  backend: TestBackend,
  name: string,
): Promise<Record<string, CheckResult>> {
  const res = await request(backend.server)
    .post(`/api/tech-insights/checks/run/default/component/${name}`)
    .set('Authorization', READER)
    .send({});
  expect(res.status).toBe(200);
  return Object.fromEntries(
    (res.body as CheckResult[]).map(r => [r.check.id, r]),
  );
}

/** Runs every check for every entity Tech Insights has facts for, by entity ref. */
export async function checkResultsOfAllEntities(
  backend: TestBackend,
): Promise<Record<string, CheckResult[]>> {
  const res = await request(backend.server)
    .post('/api/tech-insights/checks/run')
    .set('Authorization', READER)
    .send({ entities: [] });
  expect(res.status).toBe(200);
  return Object.fromEntries(
    (res.body as Array<{ entity: string; results: CheckResult[] }>).map(r => [
      r.entity,
      r.results,
    ]),
  );
}
