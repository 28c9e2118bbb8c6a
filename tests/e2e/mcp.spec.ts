import { expect, test } from '@playwright/test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { guestToken } from '../support/backend';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

/**
 * The demo app as an AI assistant sees it: the official MCP client SDK
 * against the app's MCP endpoint (@backstage/plugin-mcp-actions-backend),
 * signed in as the guest (ada, team-recommendations), asking "which
 * production ML services are below Level 2 and what should each do next".
 * Every answer is checked against the plugin's HTTP API for the same user.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const API = `${baseUrl}/api/mlops-maturity`;

interface ToolResult {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
  structuredContent?: any;
}

let token: string;
let client: Client;

async function call(name: string, args: Record<string, unknown>) {
  return (await client.callTool({
    name: `mlops-maturity.${name}`,
    arguments: args,
  })) as ToolResult;
}

async function api(path: string) {
  const res = await fetch(`${API}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

test.beforeAll(async () => {
  token = await guestToken(baseUrl);
  client = new Client({ name: 'e2e-assistant', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(
      new URL(`${baseUrl}/api/mcp-actions/v1`),
      {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      },
    ),
  );
});

test.afterAll(async () => {
  await client?.close();
});

test('an assistant finds the production services below Level 2 and what each should do next', async () => {
  const { tools } = await client.listTools();
  expect(
    tools
      .map(t => t.name)
      .filter(n => n.startsWith('mlops-maturity.'))
      .sort(),
  ).toEqual([
    'mlops-maturity.compare-assessment-revisions',
    'mlops-maturity.get-entity-maturity',
    'mlops-maturity.get-maturity-model',
    'mlops-maturity.list-ml-services',
    'mlops-maturity.list-pending-reviews',
    'mlops-maturity.save-assessment-draft',
  ]);

  const listed = await call('list-ml-services', {
    lifecycle: ['production'],
    level: [0, 1],
    orderBy: 'score',
    order: 'asc',
    limit: 100,
  });
  expect(listed.isError).toBeUndefined();
  const page = await api(
    '/scorecard/page?lifecycle=production&level=0&level=1&orderBy=score&order=asc&limit=100',
  );
  expect(page.status).toBe(200);
  const refs = listed.structuredContent.items.map((i: any) => i.entityRef);
  expect(refs).toEqual(page.body.items.map((i: any) => i.entityRef));
  // The demo data has such services, or this question proves nothing.
  expect(refs.length).toBeGreaterThan(0);

  for (const item of listed.structuredContent.items) {
    const answer = await call('get-entity-maturity', {
      entityRef: item.entityRef,
    });
    expect([item.entityRef, answer.isError]).toEqual([
      item.entityRef,
      undefined,
    ]);
    const got = answer.structuredContent;
    const [kind, rest] = item.entityRef.split(':');
    const [namespace, name] = rest.split('/');
    const current = await api(`/assessments/${kind}/${namespace}/${name}`);
    expect(got.result.level).toBe(current.body.result.level);
    expect(got.result.score).toBe(current.body.result.score);
    expect(got.nextSteps.targetLevel).toBe(current.body.result.level + 1);
    expect(got.nextSteps.fewestAnswerRaises).toBe(item.raisesToNextLevel);
    expect(got.nextSteps.startWith.initiatives.length).toBeGreaterThan(0);
    expect(got.maturityTabUrl).toBe(
      `${baseUrl}/catalog/${namespace}/${kind}/${name}/maturity`,
    );
  }
});

test('the guest learns nothing of a confidential service and cannot draft for another team', async () => {
  const secret = await api('/assessments/component/default/secret-ranker');
  expect(secret.status).toBe(404);
  const viaMcp = await call('get-entity-maturity', {
    entityRef: 'component:default/secret-ranker',
  });
  expect(viaMcp.isError).toBe(true);
  expect(viaMcp.content[0].text).toBe(
    `NotFoundError: ${secret.body.error.message}`,
  );
  const search = await call('list-ml-services', { q: 'secret' });
  expect(search.structuredContent.totalCount).toBe(0);

  // A service of another team: readable, not editable.
  const others = await api(
    `/scorecard/page?limit=1&owner=${encodeURIComponent(
      'group:default/team-fraud',
    )}&q=fraud`,
  );
  const other = others.body.items[0].entityRef as string;
  const draft = await call('save-assessment-draft', {
    entityRef: other,
    answers: { 'deployment-process': { level: 2 } },
  });
  expect(draft.isError).toBe(true);
  expect(draft.content[0].text).toMatch(
    new RegExp(
      `^NotAllowedError: You may not update the maturity assessment of ${other}; only its owners`,
    ),
  );
});

test('the tab shows the plan an assistant is given: the same answers, the same steps', async ({
  page,
}) => {
  const listed = await call('list-ml-services', {
    assessed: true,
    orderBy: 'score',
    order: 'asc',
    limit: 5,
  });
  const item = listed.structuredContent.items.find(
    (i: any) => i.level !== null && i.level < 4,
  );
  expect(item, 'an assessed service below Level 4').toBeDefined();
  const got = (await call('get-entity-maturity', { entityRef: item.entityRef }))
    .structuredContent;
  const { nextSteps } = got;
  // No answer is raised above the level the plan aims for.
  for (const raise of nextSteps.answerRaises) {
    expect(raise.to).toBeLessThanOrEqual(nextSteps.targetLevel);
  }
  const plural = (n: number, one: string, many: string) =>
    `${n} ${n === 1 ? one : many}`;
  const heading = `${plural(
    nextSteps.answersToChange,
    'answer',
    'answers',
  )}, ${plural(
    nextSteps.fewestAnswerRaises,
    'level step',
    'level steps',
  )} from Level ${nextSteps.targetLevel}:`;
  const raises = nextSteps.answerRaises
    .map((r: any) => `${r.title} from L${r.from} to L${r.to}`)
    .join(', ');

  await signInAsGuest(page);
  await openMaturityTab(page, item.entityRef.split('/')[1]);
  await expect(page.getByTestId('answers-to-next-level')).toContainText(
    `${heading} raise ${raises}.`,
  );
});
