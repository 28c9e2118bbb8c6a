/**
 * Campaigns in the scale benchmark: a campaign over every service and one
 * over the filtered page's owner and lifecycle, each one's progress against
 * the scorecard with the same filter (page and summary, as GET /scorecard
 * answers both), warm and cold (after a write), the page of its remaining
 * services, and its history replayed from 90 days of revisions.
 */
import { measure, measureInTurns } from './benchStats';
import { COLD_SAMPLES, writeThenPause } from './scorecardCold';
import { SAMPLES } from './scorecardReads';
import { API, Client, Row } from './scorecardScenario';

export const HISTORY_SAMPLES = 10;

async function createCampaign(client: Client, scope: object) {
  const res = await client.send('POST', `${API}/campaigns`, {
    title: 'Level 2',
    scope,
    goal: { kind: 'level', level: 2 },
    startsAt: new Date(Date.now() - 90 * 86_400_000).toISOString(),
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  if (res.status !== 201)
    throw new Error(`POST /campaigns ${res.status} ${await res.text()}`);
  return (await res.json()).campaign.id as string;
}

export async function measureCampaigns(client: Client, row: Row) {
  const { get } = client;
  // Every service the scorecard lists (the seeded ones and the example
  // service assessed before).
  const listed = JSON.parse(await get(`${API}/scorecard/summary`)).totalCount;
  const all = await createCampaign(client, {});
  const team = await createCampaign(client, {
    owner: ['team-007'],
    lifecycle: ['production'],
  });
  const inScope = JSON.parse(await get(`${API}/campaigns/${all}`)).progress
    .inScope;
  if (inScope !== listed)
    throw new Error(`campaign over ${inScope} services, not ${listed}`);
  const pairs: Array<[string, string, string]> = [
    ['All', `${API}/campaigns/${all}`, `${API}/scorecard?limit=50`],
    [
      'Team',
      `${API}/campaigns/${team}`,
      `${API}/scorecard?limit=50&owner=team-007&lifecycle=production`,
    ],
  ];
  // Warm: progress and the scorecard in turns, both cached after the first.
  for (const [name, progress, scorecard] of pairs) {
    const warm = await measureInTurns(
      SAMPLES,
      () => get(progress),
      () => get(scorecard),
    );
    row[`campaign${name}`] = warm.value;
    row[`scorecard${name}`] = warm.baseline;
  }
  // Cold: a write before each turn. Progress and the scorecard's summary
  // are cached apart, so both requests of a turn are the first after it.
  const write = writeThenPause(client);
  for (const [name, progress, scorecard] of pairs) {
    const cold = await measureInTurns(
      COLD_SAMPLES,
      () => get(progress),
      () => get(scorecard),
      write,
    );
    row[`campaign${name}Cold`] = cold.value;
    row[`scorecard${name}Cold`] = cold.baseline;
  }
  row.campaignRemaining = await measure(SAMPLES, () =>
    get(`${API}/scorecard/page?limit=50&campaign=${all}&campaignDone=false`),
  );
  row.campaignHistory = await measure(HISTORY_SAMPLES, () =>
    get(`${API}/campaigns/${all}/history`),
  );
}
