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

test.beforeAll(async () => {
  token = await guestToken(baseUrl);
});

test('Tech Insights holds the maturity facts of the demo services and checks them, and nothing of the confidential one', async () => {
  // Run the retriever now, as an operator would, and wait for its facts.
  const trigger = await call(
    `/tech-insights/.backstage/scheduler/v1/tasks/${RETRIEVER}/trigger`,
    { method: 'POST' },
  );
  expect([200, 409]).toContain(trigger.status);

  const page = await call(
    '/mlops-maturity/scorecard/page?assessed=true&orderBy=score&order=desc&limit=1',
  );
  const top = page.body.items[0];
  // Facts from a run before another spec's submission may be stored still:
  // wait for the run just triggered to store the service's current numbers.
  await expect
    .poll(
      async () => {
        const stored = (await latestFacts(top.entityRef)).body?.[RETRIEVER];
        return stored && [stored.facts.level, stored.facts.score];
      },
      { timeout: 60_000 },
    )
    .toEqual([top.level, top.score]);
  const facts = (await latestFacts(top.entityRef)).body[RETRIEVER].facts;
  expect(facts).toMatchObject({
    assessed: true,
    level: top.level,
    gatedLevel: top.gatedLevel,
    score: top.score,
    stale: top.stale,
  });

  const checks = await call(
    `/tech-insights/checks/run/${top.namespace}/${top.kind}/${top.name}`,
    { method: 'POST', body: '{}' },
  );
  expect(checks.status).toBe(200);
  const results = Object.fromEntries(
    checks.body.map((r: any) => [r.check.id, r.result]),
  );
  expect(results.mlopsMaturityAtLeastLevel1).toBe(top.level >= 1);
  expect(results.mlopsMaturityAtLeastLevel2).toBe(top.level >= 2);
  expect(results.mlopsMaturityAssessmentNotStale).toBe(!top.stale);

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
