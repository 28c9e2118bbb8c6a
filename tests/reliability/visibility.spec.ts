import { expect, test } from '@playwright/test';
import {
  BackendProcess,
  guestToken,
  startBackend,
  waitForScorecard,
} from '../support/backend';
import { catalogClient, readableMlServices } from '../support/catalog';
import {
  dropDatabases,
  POSTGRES_URL,
  waitForDemoData,
} from '../support/postgres';
import { answersAt, apiClient } from './api';

/**
 * The confidential example service, secret-ranker (team-fraud), through the
 * real backend and the demo permission policy: Alan (team-fraud) assesses it
 * and sees it everywhere; Ada (team-recommendations), signing in to a backend
 * on the same database, sees it nowhere, and every figure she gets is the
 * same as if it did not exist.
 */
const PREFIX = 'mlops_rel_visibility_';
const PORT = 7115;
const API = '/api/mlops-maturity';
const SECRET = 'component:default/secret-ranker';
const SECRET_PATH = `${API}/assessments/component/default/secret-ranker`;
const TEAM = 'group:default/team-fraud';
const SYSTEM = 'system:default/payments-risk';

test.describe.configure({ mode: 'serial' });

async function startAs(user: 'ada' | 'alan') {
  return startBackend({
    name: `reliability-visibility-${user}`,
    port: PORT,
    database: { kind: 'postgres', connection: POSTGRES_URL, prefix: PREFIX },
    config: {
      auth: {
        providers: {
          guest: {
            userEntityRef: `user:default/${user}`,
            dangerouslyAllowOutsideDevelopment: true,
          },
        },
      },
      mlopsMaturity: { catalogSync: { frequency: { seconds: 3 } } },
    },
  });
}

/** What a user gets from every read that aggregates over services. */
async function everythingSeenBy(client: ReturnType<typeof apiClient>) {
  const all = await client.get(`${API}/scorecard?limit=100`);
  const byTeam = await client.get(
    `${API}/scorecard?limit=100&owner=${encodeURIComponent(TEAM)}`,
  );
  // The roll-up card on the team's and the system's pages.
  const teamCard = await client.get(
    `${API}/scorecard?limit=5&orderBy=score&order=asc&assessed=true&owner=${encodeURIComponent(
      TEAM,
    )}`,
  );
  const systemCard = await client.get(
    `${API}/scorecard?limit=5&orderBy=score&order=asc&assessed=true&system=${encodeURIComponent(
      SYSTEM,
    )}`,
  );
  const search = await client.get(`${API}/scorecard?q=secret`);
  const csv = await client.get(`${API}/scorecard/export`);
  for (const res of [all, byTeam, teamCard, systemCard, search, csv]) {
    expect(res.status).toBe(200);
  }
  return { all, byTeam, teamCard, systemCard, search, csv };
}

let backend: BackendProcess | undefined;

test.beforeAll(async () => {
  await dropDatabases(PREFIX);
});

test.afterAll(async () => {
  await backend?.stop();
  await dropDatabases(PREFIX);
});

test('a user outside the owning team never sees the confidential service', async () => {
  // Alan, of team-fraud, assesses the confidential service and sees it.
  backend = await startAs('alan');
  const alanToken = await guestToken(backend.url, 'group:default/team-fraud');
  const alan = apiClient(backend.url, alanToken);
  await waitForScorecard(backend.url, await guestToken(backend.url, TEAM), 21);
  await waitForDemoData(PREFIX);
  const current = await alan.get(SECRET_PATH);
  const submitted = await alan.put(SECRET_PATH, {
    baseRevision: current.status === 200 ? current.json.revision : null,
    answers: answersAt(4),
  });
  expect(submitted.status).toBe(200);
  const forAlan = await everythingSeenBy(alan);
  // What the catalog itself lets Alan read, through its own client.
  const alanCatalog = catalogClient(backend.url, alanToken);
  const alanServices = await readableMlServices(alanCatalog);
  const secretForAlan = await alanCatalog.getEntityByRef(SECRET);
  await backend.stop();
  backend = undefined;

  const refs = (res: { json: any }) =>
    res.json.items.map((i: { entityRef: string }) => i.entityRef);
  expect(forAlan.all.json.totalCount).toBe(21);
  expect(refs(forAlan.all)).toContain(SECRET);
  expect(refs(forAlan.byTeam)).toContain(SECRET);
  expect(refs(forAlan.search)).toEqual([SECRET]);
  expect(forAlan.csv.text).toContain(SECRET);
  expect(forAlan.csv.text).toContain('Secret Ranker');
  // The scorecard lists exactly the ML services the catalog lets him read.
  expect(secretForAlan?.metadata.title).toBe('Secret Ranker');
  expect(refs(forAlan.all).sort()).toEqual(alanServices);

  // Ada, of team-recommendations, on a backend over the same database.
  backend = await startAs('ada');
  const adaToken = await guestToken(backend.url);
  const ada = apiClient(backend.url, adaToken);
  await waitForScorecard(backend.url, adaToken, 20);
  const forAda = await everythingSeenBy(ada);
  // The catalog hides the service from her; the scorecard follows it.
  const adaCatalog = catalogClient(backend.url, adaToken);
  expect(await adaCatalog.getEntityByRef(SECRET)).toBeUndefined();
  const adaServices = await readableMlServices(adaCatalog);
  expect(adaServices).toEqual(alanServices.filter(ref => ref !== SECRET));
  expect(refs(forAda.all).sort()).toEqual(adaServices);

  // Not in any list, search, export line or page of her own.
  for (const res of [
    forAda.all,
    forAda.byTeam,
    forAda.teamCard,
    forAda.systemCard,
    forAda.search,
  ]) {
    expect(refs(res)).not.toContain(SECRET);
  }
  expect(forAda.search.json.totalCount).toBe(0);
  expect(forAda.csv.text).not.toContain('secret-ranker');
  expect(forAda.csv.text).not.toContain('Secret Ranker');
  expect(forAda.csv.text.trim().split('\n')).toHaveLength(
    forAda.all.json.totalCount + 1,
  );

  // Every figure is Alan's minus exactly the one service.
  expect(forAda.all.json.totalCount).toBe(forAlan.all.json.totalCount - 1);
  expect(forAda.all.json.summary.serviceCount).toBe(
    forAlan.all.json.summary.serviceCount - 1,
  );
  expect(forAda.all.json.summary.assessedCount).toBe(
    forAlan.all.json.summary.assessedCount - 1,
  );
  expect(forAda.all.json.levelDistribution.levels['4']).toBe(
    forAlan.all.json.levelDistribution.levels['4'] - 1,
  );
  const teamRollup = (res: { json: any }) =>
    res.json.owners.find((o: { owner: string }) => o.owner === TEAM);
  expect(teamRollup(forAda.all).serviceCount).toBe(
    teamRollup(forAlan.all).serviceCount - 1,
  );
  expect(teamRollup(forAda.all).assessedCount).toBe(
    teamRollup(forAlan.all).assessedCount - 1,
  );
  for (const card of ['byTeam', 'teamCard', 'systemCard'] as const) {
    expect([card, forAda[card].json.totalCount]).toEqual([
      card,
      forAlan[card].json.totalCount - 1,
    ]);
    expect([card, forAda[card].json.summary.assessedCount]).toEqual([
      card,
      forAlan[card].json.summary.assessedCount - 1,
    ]);
  }

  // Its own routes answer as if it did not exist.
  for (const path of [
    SECRET_PATH,
    `${SECRET_PATH}/history`,
    `${SECRET_PATH}/revisions/1`,
    `${SECRET_PATH}/evidence`,
  ]) {
    const res = await ada.get(path);
    expect([path, res.status]).toEqual([path, 404]);
    expect(res.text).not.toContain('Secret Ranker');
  }
});
