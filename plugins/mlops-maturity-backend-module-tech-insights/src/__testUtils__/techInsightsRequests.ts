import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
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
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

type TaskState = { status: string; lastRunEndedAt?: string };

async function retrieverState(backend: TestBackend): Promise<TaskState> {
  const res = await request(backend.server)
    .get('/api/tech-insights/.backstage/scheduler/v1/tasks')
    .set('Authorization', mockCredentials.service.header());
  if (res.status !== 200) throw new Error(`scheduler answered ${res.status}`);
  const task = res.body.tasks.find(
    (t: { taskId: string }) => t.taskId === RETRIEVER,
  );
  if (!task) throw new Error(`${RETRIEVER} is not scheduled`);
  return task.taskState;
}

/** Runs the retriever now through the scheduler's API and waits until that run has ended. */
export async function runRetriever(backend: TestBackend) {
  // Let a run already under way (e.g. the one the initial delay starts) end first.
  const before = await waitFor('a previous retriever run', async () => {
    const state = await retrieverState(backend);
    return state.status === 'idle' && state.lastRunEndedAt ? state : undefined;
  });
  const trigger = await request(backend.server)
    .post(
      `/api/tech-insights/.backstage/scheduler/v1/tasks/${RETRIEVER}/trigger`,
    )
    .set('Authorization', mockCredentials.service.header());
  if (trigger.status !== 200) {
    throw new Error(`the trigger answered ${trigger.status}`);
  }
  await waitFor('the triggered retriever run', async () => {
    const state = await retrieverState(backend);
    return state.status === 'idle' &&
      state.lastRunEndedAt !== before.lastRunEndedAt
      ? state
      : undefined;
  });
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
