import {
  alike,
  Cell,
  catalogMarkers,
  markersBeyond,
  nameOf,
  sameSet,
  scan,
  status,
  UNKNOWN,
} from './doorKit';
import { ML_SERVICES, reviewableServices } from './matrixWorld';
import type { OtherDoor } from './otherDoors';
import type { Door } from './routeDoors';

const API = '/api/mlops-maturity';

/** The services with pending requests: every one assessed above Level 0 (review from Level 1). */
const withRequests = (cell: Cell) =>
  ML_SERVICES.map(s => s.name).filter(n => cell.levels[n] >= 1);

/**
 * The review queue lists the requests of exactly the services the caller
 * may read and review, every page of it, and names nothing hidden.
 */
async function reviewQueue(cell: Cell) {
  const door = 'listPendingReviews';
  const want = reviewableServices(cell.caller, cell.phase).filter(n =>
    withRequests(cell).includes(n),
  );
  const listed: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const answer = await cell.http.get(
      `${API}/reviews?limit=25${cursor ? `&cursor=${cursor}` : ''}`,
    );
    scan(cell, door, answer, catalogMarkers(cell));
    status(cell, door, answer, [200]);
    listed.push(
      ...(answer.body?.items ?? []).map((i: any) => nameOf(i.entityRef)),
    );
    cursor = answer.body?.nextCursor;
    if (!cursor) break;
  }
  sameSet(cell, door, listed, want);
}

/** The MCP tool lists what the queue lists, and names nothing hidden. */
async function mcpReviewQueue(cell: Cell) {
  const door = 'mcp list-pending-reviews';
  const want = reviewableServices(cell.caller, cell.phase).filter(n =>
    withRequests(cell).includes(n),
  );
  const answer = await cell.mcp.call('list-pending-reviews', { limit: 100 });
  scan(cell, door, answer, catalogMarkers(cell));
  status(cell, door, answer, [200]);
  sameSet(
    cell,
    door,
    (answer.body?.items ?? []).map((i: any) => nameOf(i.entityRef)),
    want,
  );
}

/**
 * A decision on a hidden service answers as one on an unknown service; on a
 * readable one it is refused (403) unless the caller is a user who may
 * review it, and then, naming a revision no request has, a 409 that
 * changes nothing.
 */
async function reviewDecisions(cell: Cell) {
  const decide = (name: string) =>
    cell.http.post(`${API}/reviews/component/default/${name}/testing`, {
      requestedRevision: 999999,
      decision: 'approved',
    });
  const unknown = await decide(UNKNOWN);
  const reviewable = reviewableServices(cell.caller, cell.phase);
  for (const { name } of ML_SERVICES) {
    const door = `decideReview of ${name}`;
    const answer = await decide(name);
    scan(cell, door, answer, markersBeyond(cell, name));
    if (!cell.readable.includes(name)) {
      alike(cell, door, name, answer, unknown);
    } else {
      // A decision needs a signed-in user: a service principal gets 403.
      const mayDecide = cell.caller !== 'service' && reviewable.includes(name);
      status(cell, door, answer, mayDecide ? [409] : [403]);
    }
  }
}

export const REVIEW_DOORS: Door[] = [
  { covers: ['listPendingReviews'], run: reviewQueue },
  { covers: ['decideReview'], run: reviewDecisions },
];

export const MCP_REVIEW_DOORS: OtherDoor[] = [
  { tools: ['list-pending-reviews'], run: mcpReviewQueue },
];
