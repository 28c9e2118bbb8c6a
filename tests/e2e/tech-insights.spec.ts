import { expect, test } from '@playwright/test';
import { guestToken } from '../support/backend';

/**
 * The demo app's Tech Insights, as the guest (ada) reads it through Tech
 * Insights' own API: the MLOps maturity facts of a service match the
 * plugin's API, the ready-made checks run on them, and the confidential
 * service, which the catalog hides from ada, has no facts or check results.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const RETRIEVER = 'mlopsMaturityFactRetriever';

let token: string;

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(`${baseUrl}/api${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

const latestFacts = (ref: string) =>
  call(
    `/tech-insights/facts/latest?entity=${encodeURIComponent(
      ref,
    )}&ids[]=${RETRIEVER}`,
  );

type TaskState = { status: string; lastRunEndedAt?: string };

async function retrieverState(): Promise<TaskState> {
  const { status, body } = await call(
    '/tech-insights/.backstage/scheduler/v1/tasks',
  );
  expect(status).toBe(200);
  const task = body.tasks.find(
    (t: { taskId: string }) => t.taskId === RETRIEVER,
  );
  expect(task, 'the retriever is scheduled').toBeDefined();
  return task.taskState;
}

/** What each check should answer for a scorecard row, from the plugin's own API. */
function expectedChecks(row: any): Record<string, boolean> {
  const level: number | null = row.assessed ? row.level : null;
  return {
    mlopsMaturityAtLeastLevel1: level !== null && level >= 1,
    mlopsMaturityAtLeastLevel2: level !== null && level >= 2,
    mlopsMaturityAtLeastLevel3: level !== null && level >= 3,
    mlopsMaturityNotBelowTarget: row.targetMet !== false,
    mlopsMaturityAssessmentNotStale: row.assessed && !row.stale,
  };
}

test.beforeAll(async () => {
  token = await guestToken(baseUrl);
});

test('Tech Insights holds the maturity facts of the demo services and checks them, and nothing of the confidential one', async () => {
  // Run the retriever now, as an operator would, and take only the facts of
  // that run: wait for a run in progress to end, and start ours in a later
  // second than it ended (the facts table keeps whole seconds).
  await expect
    .poll(async () => (await retrieverState()).status, { timeout: 60_000 })
    .toBe('idle');
  const idle = await retrieverState();
  const lastEnded = idle.lastRunEndedAt ? Date.parse(idle.lastRunEndedAt) : 0;
  const wait = lastEnded + 1500 - Date.now();
  if (wait > 0) await new Promise(r => setTimeout(r, wait));
  const triggeredAt = Math.floor(Date.now() / 1000) * 1000;
  const trigger = await call(
    `/tech-insights/.backstage/scheduler/v1/tasks/${RETRIEVER}/trigger`,
    { method: 'POST' },
  );
  expect(trigger.status, 'the retriever starts when triggered').toBe(200);

  // Every ML service the guest sees, assessed or not, with the plugin's numbers.
  const page = await call('/mlops-maturity/scorecard/page?limit=100');
  const rows: any[] = page.body.items;
  expect(rows).toHaveLength(20);
  await expect
    .poll(
      async () => {
        const waiting = [];
        for (const row of rows) {
          const stored = (await latestFacts(row.entityRef)).body?.[RETRIEVER];
          // A time that does not parse is no proof of a new run either.
          if (!(Date.parse(stored?.timestamp) >= triggeredAt)) {
            waiting.push(row.entityRef);
          }
        }
        return waiting;
      },
      { timeout: 60_000, message: 'services without facts of the new run' },
    )
    .toEqual([]);

  const checked = [];
  for (const row of rows) {
    const facts = (await latestFacts(row.entityRef)).body[RETRIEVER].facts;
    expect(facts, row.entityRef).toMatchObject(
      row.assessed
        ? {
            assessed: true,
            level: row.level,
            gatedLevel: row.gatedLevel,
            score: row.score,
            stale: row.stale,
          }
        : { assessed: false },
    );
    const checks = await call(
      `/tech-insights/checks/run/${row.namespace}/${row.kind}/${row.name}`,
      { method: 'POST', body: '{}' },
    );
    expect(checks.status).toBe(200);
    const results = Object.fromEntries(
      checks.body.map((r: any) => [r.check.id, r.result]),
    );
    const expected = expectedChecks(row);
    expect(
      Object.fromEntries(Object.keys(expected).map(id => [id, results[id]])),
      row.entityRef,
    ).toEqual(expected);
    checked.push(expected);
  }
  // The demo has services where some checks pass and others fail, so a
  // checker that answers the same for every check cannot pass.
  expect(
    checked.filter(
      e => Object.values(e).includes(true) && Object.values(e).includes(false),
    ).length,
  ).toBeGreaterThan(0);
  for (const id of Object.keys(checked[0])) {
    expect(new Set(checked.map(e => e[id])), id).toEqual(
      new Set([true, false]),
    );
  }

  // The confidential service: assessed in the demo data, hidden from ada by
  // the catalog, and absent from Tech Insights for everyone.
  expect(
    (await call('/mlops-maturity/assessments/component/default/secret-ranker'))
      .status,
  ).toBe(404);
  expect((await latestFacts('component:default/secret-ranker')).body).toEqual(
    {},
  );
  const hidden = await call(
    '/tech-insights/checks/run/default/component/secret-ranker',
    { method: 'POST', body: '{}' },
  );
  expect([hidden.status, hidden.body]).toEqual([200, []]);
});
