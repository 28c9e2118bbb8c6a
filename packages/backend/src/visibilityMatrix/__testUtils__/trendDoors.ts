import { catalogMarkers, Cell, scan, status } from './doorKit';
import { ML_SERVICES } from './matrixWorld';
import type { Door } from './routeDoors';

const API = '/api/mlops-maturity';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The teams' trend: today's point of each owner counts exactly the
 * caller's services of that owner (the snapshots task ran with the
 * others), so a hidden service moves no team's line and names no team the
 * caller has no readable service of.
 */
async function teamTrend(cell: Cell) {
  const door = 'getTeamTrend';
  const denied = cell.maturity.length === 0 && cell.readable.length > 0;
  const answer = await cell.http.get(`${API}/scorecard/trend/teams`);
  scan(cell, door, answer, catalogMarkers(cell));
  if (denied && answer.status >= 400) return;
  status(cell, door, answer, [200]);
  const want = new Map<string, number>();
  for (const s of ML_SERVICES.filter(m => cell.maturity.includes(m.name))) {
    const owner = `group:default/${s.owner[cell.phase]}`;
    want.set(owner, (want.get(owner) ?? 0) + 1);
  }
  const got = new Map<string, number>();
  for (const team of answer.body?.teams ?? []) {
    const last = (team.points ?? []).at(-1);
    if (last?.asOf === today()) got.set(String(team.owner), last.serviceCount);
  }
  const text = (m: Map<string, number>) =>
    [...m.entries()]
      .sort()
      .map(([owner, n]) => `${owner}: ${n}`)
      .join(', ');
  if (text(got) !== text(want)) {
    cell.differs(
      door,
      `today counts {${text(got)}}, the caller may learn of {${text(want)}}`,
    );
  }
}

/** Each service's trend the caller may learn of ends today at the level it was assessed at. */
async function serviceTrendLevels(cell: Cell) {
  for (const name of cell.maturity) {
    const door = `getServiceTrend of ${name}`;
    const answer = await cell.http.get(
      `${API}/assessments/component/default/${name}/trend`,
    );
    const last = (answer.body?.points ?? []).at(-1);
    if (last?.asOf !== today() || last.level !== cell.levels[name]) {
      cell.differs(
        door,
        `ends ${last?.asOf} at level ${last?.level}, assessed at ${cell.levels[name]} today`,
      );
    }
  }
}

/** The trend doors beyond the scorecard's own (see routeDoors.ts). */
export const TREND_DOORS: Door[] = [
  { covers: ['getTeamTrend'], run: teamTrend },
  // Its 404 and 403 are checked with the other per-entity reads.
  { covers: [], run: serviceTrendLevels },
];
