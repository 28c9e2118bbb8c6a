import { MLOPS_MATURITY_FACT_RETRIEVER_ID } from '@mlops-maturity/backstage-plugin-mlops-maturity-backend-module-tech-insights';
import { badges } from './badgeDoors';
import {
  alike,
  catalogMarkers,
  markersBeyond,
  Cell,
  nameOf,
  sameSet,
  scan,
  status,
  subset,
  UNKNOWN,
} from './doorKit';
import {
  component,
  directOwners,
  ML_SERVICES,
  publicServices,
} from './matrixWorld';
import { MCP_REVIEW_DOORS } from './reviewDoors';

/** A door other than the HTTP API: the MCP tools, Tech Insights, the notifications. */
export interface OtherDoor {
  /** The MCP tools it stands for (without the plugin's prefix). */
  tools: string[];
  run(cell: Cell): Promise<void>;
}

async function mcpEntityTools(cell: Cell) {
  const calls: Array<[string, (ref: string) => object, boolean]> = [
    ['get-entity-maturity', ref => ({ entityRef: ref }), true],
    [
      'compare-assessment-revisions',
      ref => ({ entityRef: ref, fromRevision: 1 }),
      true,
    ],
    ['save-assessment-draft', ref => ({ entityRef: ref, answers: {} }), false],
  ];
  for (const [tool, args, read] of calls) {
    const unknown = await cell.mcp.call(tool, args(component(UNKNOWN)));
    for (const { name } of ML_SERVICES) {
      const door = `MCP ${tool} of ${name}`;
      if (cell.readable.includes(name) && !read) continue;
      const answer = await cell.mcp.call(tool, args(component(name)));
      scan(cell, door, answer, markersBeyond(cell, name));
      if (!cell.readable.includes(name)) {
        alike(cell, door, name, answer, unknown);
      } else if (cell.maturity.includes(name)) {
        status(cell, door, answer, [200]);
      } else {
        status(cell, door, answer, [400]);
      }
    }
  }
}

async function mcpLists(cell: Cell) {
  const model = await cell.mcp.call('get-maturity-model', {});
  scan(cell, 'MCP get-maturity-model', model, catalogMarkers(cell));
  const list = await cell.mcp.call('list-ml-services', {});
  scan(cell, 'MCP list-ml-services', list, catalogMarkers(cell));
  if (list.status === 200) {
    const names = (list.body?.items ?? []).map((i: any) => nameOf(i.entityRef));
    sameSet(cell, 'MCP list-ml-services', names, cell.maturity);
  } else if (cell.maturity.length > 0) {
    cell.differs('MCP list-ml-services', `fails: ${list.text.slice(0, 160)}`);
  }
  await mcpListByCursor(cell);
}

/** Reading list-ml-services on by cursor, a service at a time, lists the caller's services once each. */
async function mcpListByCursor(cell: Cell) {
  const door = 'MCP list-ml-services by cursor';
  const names: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const answer = await cell.mcp.call('list-ml-services', {
      limit: 1,
      ...(cursor && { cursor }),
    });
    scan(cell, door, answer, catalogMarkers(cell));
    if (answer.status !== 200) {
      if (cell.maturity.length > 0)
        cell.differs(door, `fails: ${answer.text.slice(0, 160)}`);
      return;
    }
    names.push(
      ...(answer.body?.items ?? []).map((i: any) => nameOf(i.entityRef)),
    );
    cursor = answer.body?.nextCursor;
    if (!cursor) break;
  }
  if (names.length !== new Set(names).size)
    cell.differs(door, `lists a service twice: [${names.join(', ')}]`);
  sameSet(cell, door, names, cell.maturity);
}

const RETRIEVER = MLOPS_MATURITY_FACT_RETRIEVER_ID;

/**
 * Tech Insights serves every holder of its read permission alike, so its
 * facts and check results exist only for the services nobody is denied, and
 * the levels are the assessed ones.
 */
async function techInsights(cell: Cell) {
  const open = publicServices(cell.phase);
  const since = new Date(Date.now() - 3_600_000).toISOString();
  for (const name of [...ML_SERVICES.map(s => s.name), UNKNOWN]) {
    const entity = component(name);
    const latest = await cell.http.get(
      `/api/tech-insights/facts/latest?entity=${entity}&ids[]=${RETRIEVER}`,
    );
    const range = await cell.http.get(
      `/api/tech-insights/facts/range?entity=${entity}&ids[]=${RETRIEVER}&startDatetime=${since}&endDatetime=${new Date().toISOString()}`,
    );
    const checks = await cell.http.post(
      `/api/tech-insights/checks/run/default/component/${name}`,
      {},
    );
    const facts = latest.body?.[RETRIEVER]?.facts ?? {};
    const rows: any[] = range.body?.[RETRIEVER] ?? [];
    const withValues = rows.filter(r => Object.keys(r.facts ?? {}).length > 0);
    if (open.includes(name)) {
      if (facts.level !== cell.levels[name]) {
        cell.differs(
          `Tech Insights latest of ${name}`,
          `level ${facts.level}, assessed at ${cell.levels[name]}`,
        );
      }
    } else {
      if (Object.keys(facts).length > 0) {
        cell.differs(
          `Tech Insights latest of ${name}`,
          `serves facts of a hidden service: ${JSON.stringify(facts).slice(
            0,
            120,
          )}`,
        );
      }
      if (withValues.length > 0) {
        cell.differs(
          `Tech Insights range of ${name}`,
          `serves ${withValues.length} fact rows of a hidden service`,
        );
      }
      const results: any[] = Array.isArray(checks.body) ? checks.body : [];
      if (
        results.some(
          r => r.result === true || Object.keys(r.facts ?? {}).length > 0,
        )
      ) {
        cell.differs(
          `Tech Insights checks of ${name}`,
          'runs checks on facts of a hidden service',
        );
      }
    }
  }
  const bulk = await cell.http.post('/api/tech-insights/checks/run', {
    entities: [],
  });
  status(cell, 'Tech Insights bulk checks', bulk, [200]);
  const assessed = (bulk.body ?? [])
    .filter((e: any) =>
      (e.results ?? []).some((r: any) => Object.keys(r.facts ?? {}).length > 0),
    )
    .map((e: any) => nameOf(e.entity));
  subset(cell, 'Tech Insights bulk checks', assessed, open);
}

/** The levels below which a service's owners are reminded (the target). */
export const TARGET_LEVEL = 3;

/**
 * Notifications: each user has reminders for exactly the services they own
 * directly that miss the target, and nothing names a service they may not
 * read.
 */
async function notifications(cell: Cell) {
  if (cell.caller === 'service') return;
  const answer = await cell.http.get(
    '/api/notifications/notifications?limit=100',
  );
  status(cell, 'notifications', answer, [200]);
  scan(cell, 'notifications', answer, catalogMarkers(cell));
  const named = ML_SERVICES.filter(s =>
    (answer.body?.notifications ?? []).some(
      (n: any) =>
        JSON.stringify(n.payload).includes(s.title) ||
        JSON.stringify(n.payload).includes(s.name),
    ),
  ).map(s => s.name);
  const owed = ML_SERVICES.filter(
    s =>
      cell.levels[s.name] < TARGET_LEVEL &&
      directOwners(s, cell.phase).includes(cell.caller as any),
  ).map(s => s.name);
  sameSet(cell, 'notifications', named, owed);
}

export const OTHER_DOORS: OtherDoor[] = [
  {
    tools: [
      'get-entity-maturity',
      'compare-assessment-revisions',
      'save-assessment-draft',
    ],
    run: mcpEntityTools,
  },
  { tools: ['get-maturity-model', 'list-ml-services'], run: mcpLists },
  ...MCP_REVIEW_DOORS,
  { tools: [], run: techInsights },
  { tools: [], run: notifications },
  { tools: [], run: badges },
];
