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
import { DoorAnswer } from './matrixClient';
import { ML_SERVICES } from './matrixWorld';
import { REVIEW_DOORS } from './reviewDoors';
import { TREND_DOORS } from './trendDoors';

export const API = '/api/mlops-maturity';
const entityPath = (name: string) =>
  `${API}/assessments/component/default/${name}`;

/** A door of the HTTP API: the operations of openapi.yaml it stands for, and its cell's checks. */
export interface Door {
  covers: string[];
  run(cell: Cell): Promise<void>;
}

/**
 * Per-entity reads: for a service the catalog hides, the same answer as for
 * one that never existed; for one whose maturity the caller may learn, the
 * answer itself; for one the caller reads in the catalog but is denied the
 * plugin's read for, no maturity (a 4xx).
 */
const ENTITY_READS: Array<[string, string, (name: string) => boolean]> = [
  ['getCurrentAssessment', '', () => true],
  ['getEntityTarget', '/target', () => true],
  ['getEntityEvidence', '/evidence', () => true],
  ['getEntityVerification', '/verification', () => true],
  ['getAssessmentHistory', '/history', () => true],
  ['getAssessmentRevision', '/revisions/1', () => true],
  ['getDraft', '/draft', () => false],
  ['getEntityCampaigns', '/campaigns', () => true],
  ['getServiceTrend', '/trend', () => true],
];

async function entityReads(cell: Cell) {
  for (const [operation, suffix, mustAnswer] of ENTITY_READS) {
    const unknown = await cell.http.get(`${entityPath(UNKNOWN)}${suffix}`);
    for (const { name } of ML_SERVICES) {
      const door = `GET ${suffix || '/'} of ${name} (${operation})`;
      const answer = await cell.http.get(`${entityPath(name)}${suffix}`);
      scan(cell, door, answer, markersBeyond(cell, name));
      if (!cell.readable.includes(name)) {
        alike(cell, door, name, answer, unknown);
      } else if (!cell.maturity.includes(name)) {
        status(cell, door, answer, [403, 404]);
      } else if (mustAnswer(name)) {
        status(cell, door, answer, [200]);
      }
    }
  }
}

/** The evidence of leak-probe names the confidential registry only to those who may read it. */
async function evidenceNamesRegistry(cell: Cell) {
  if (!cell.maturity.includes('leak-probe')) return;
  const answer = await cell.http.get(`${entityPath('leak-probe')}/evidence`);
  const named = answer.text.includes('covert-registry');
  const mayRead = ['tim', 'service'].includes(cell.caller);
  if (named !== mayRead) {
    cell.differs(
      'GET /evidence of leak-probe',
      named
        ? 'names the hidden registry'
        : 'withholds the registry from a reader who may read it',
    );
  }
}

/** Writes to an entity the catalog hides answer as writes to an unknown one (and change nothing). */
async function entityWrites(cell: Cell) {
  const writes: Array<[string, (name: string) => Promise<DoorAnswer>]> = [
    [
      'submitAssessment',
      n => cell.http.put(entityPath(n), { baseRevision: null, answers: {} }),
    ],
    [
      'saveDraft',
      n =>
        cell.http.put(`${entityPath(n)}/draft`, {
          baseRevision: null,
          answers: {},
        }),
    ],
    ['deleteDraft', n => cell.http.delete(`${entityPath(n)}/draft`)],
    ['purgeAssessments', n => cell.http.delete(entityPath(n))],
  ];
  for (const [operation, write] of writes) {
    const unknown = await write(UNKNOWN);
    for (const name of ML_SERVICES.map(s => s.name)) {
      if (cell.readable.includes(name)) continue;
      const answer = await write(name);
      alike(cell, `${operation} of ${name}`, name, answer, unknown);
    }
  }
}

const rowNames = (items: Array<{ name?: string; entityRef?: string }>) =>
  items.map(i => nameOf(i.entityRef ?? i.name ?? ''));

/** At most this many pages of one row: more than the world has services. */
const MAX_WALK = 50;

/**
 * Walking the scorecard a row at a time by cursor, in two orders, lists
 * the caller's services once each, and no cursor carries a hidden one.
 */
async function scorecardByCursor(cell: Cell, denied: boolean) {
  for (const order of ['orderBy=score&order=desc', 'orderBy=name&order=asc']) {
    const door = `getScorecardPage by cursor (${order})`;
    const names: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_WALK; page++) {
      const answer = await cell.http.get(
        `${API}/scorecard/page?limit=1&${order}${
          cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
        }`,
      );
      scan(cell, door, answer, catalogMarkers(cell));
      if (denied && answer.status >= 400) return;
      status(cell, door, answer, [200]);
      names.push(...rowNames(answer.body?.items ?? []));
      cursor = answer.body?.nextCursor;
      if (!cursor) break;
    }
    if (names.length !== new Set(names).size)
      cell.differs(door, `lists a service twice: [${names.join(', ')}]`);
    sameSet(cell, door, names, cell.maturity);
  }
}

/** The scorecard's doors list exactly the caller's services, with their levels. */
async function scorecard(cell: Cell) {
  const doors: Array<[string, string]> = [
    ['getScorecard', `${API}/scorecard?limit=500`],
    ['getScorecardPage', `${API}/scorecard/page?limit=500`],
  ];
  const denied = cell.maturity.length === 0 && cell.readable.length > 0;
  for (const [door, path] of doors) {
    const answer = await cell.http.get(path);
    scan(cell, door, answer, catalogMarkers(cell));
    if (denied && answer.status >= 400) continue;
    status(cell, door, answer, [200]);
    const items = answer.body?.items ?? [];
    sameSet(cell, door, rowNames(items), cell.maturity);
    for (const item of items) {
      const want = cell.levels[nameOf(item.entityRef ?? item.name)];
      if (item.level !== want) {
        cell.differs(
          door,
          `${item.name} at level ${item.level}, assessed at ${want}`,
        );
      }
    }
  }
  await scorecardByCursor(cell, denied);
  const summary = await cell.http.get(`${API}/scorecard/summary`);
  scan(cell, 'getScorecardSummary', summary, catalogMarkers(cell));
  if (!(denied && summary.status >= 400)) {
    const counted = summary.body?.summary?.serviceCount;
    if (counted !== cell.maturity.length) {
      cell.differs(
        'getScorecardSummary',
        `counts ${counted} services, the caller may learn of ${cell.maturity.length}`,
      );
    }
  }
  const csv = await cell.http.get(`${API}/scorecard/export`);
  scan(cell, 'exportScorecard', csv, catalogMarkers(cell));
  if (!(denied && csv.status >= 400)) {
    const rows = csv.text.split(/\r?\n/).slice(1).filter(Boolean);
    sameSet(
      cell,
      'exportScorecard',
      rows.map(r => nameOf(r.split(',')[0])),
      cell.maturity,
    );
  }
}

/**
 * The trend: today's point counts exactly the caller's services, at their
 * levels (the snapshots task ran with the others), in JSON and in CSV, for
 * the whole scorecard and for the campaign's scope.
 */
async function trend(cell: Cell) {
  const denied = cell.maturity.length === 0 && cell.readable.length > 0;
  const today = new Date().toISOString().slice(0, 10);
  const want = [0, 1, 2, 3, 4].map(
    level => cell.maturity.filter(n => cell.levels[n] === level).length,
  );
  for (const [door, query] of [
    ['getScorecardTrend', ''],
    ['getScorecardTrend of the campaign', `?campaign=${cell.campaignId}`],
  ]) {
    const answer = await cell.http.get(`${API}/scorecard/trend${query}`);
    scan(cell, door, answer, catalogMarkers(cell));
    if (denied && answer.status >= 400) continue;
    status(cell, door, answer, [200]);
    const last = (answer.body?.points ?? []).at(-1);
    const counted = last?.asOf === today ? last.serviceCount : 0;
    const levels = [0, 1, 2, 3, 4].map(
      l => (last?.asOf === today && last.levelDistribution.levels[l]) || 0,
    );
    if (counted !== cell.maturity.length || want.join() !== levels.join()) {
      cell.differs(
        door,
        `today counts ${counted} services at levels [${levels}], the caller may learn of ${cell.maturity.length} at [${want}]`,
      );
    }
  }
  const csv = await cell.http.get(`${API}/scorecard/trend/export`);
  scan(cell, 'exportScorecardTrend', csv, catalogMarkers(cell));
  if (denied && csv.status >= 400) return;
  const lines = csv.text.split(/\r?\n/).filter(Boolean).slice(1);
  const last = lines.at(-1)?.split(',') ?? [];
  const counted = last[1] === today ? Number(last[2]) : 0;
  if (counted !== cell.maturity.length) {
    cell.differs(
      'exportScorecardTrend',
      `today counts ${counted} services, the caller may learn of ${cell.maturity.length}`,
    );
  }
}

/** The levels at which a service counts as done in the campaign. */
export const CAMPAIGN_LEVEL = 2;

/** Campaigns: content only for readers of the plugin, progress over the caller's services only. */
async function campaigns(cell: Cell) {
  const markers = catalogMarkers(cell);
  const id = cell.campaignId;
  const unknownId = '00000000-0000-4000-8000-000000000000';
  const list = await cell.http.get(`${API}/campaigns`);
  const one = await cell.http.get(`${API}/campaigns/${id}`);
  const history = await cell.http.get(`${API}/campaigns/${id}/history`);
  const remaining = await cell.http.get(
    `${API}/scorecard/page?campaign=${id}&campaignDone=false&limit=500`,
  );
  for (const [door, answer] of [
    ['listCampaigns', list],
    ['getCampaign', one],
    ['getCampaignHistory', history],
    ['remaining', remaining],
  ] as const) {
    scan(cell, door, answer, markers);
  }
  const done = cell.maturity.filter(n => cell.levels[n] >= CAMPAIGN_LEVEL);
  if (cell.maturity.length === 0 && cell.caller !== 'service') {
    if ((list.body?.items ?? []).length !== 0)
      cell.differs(
        'listCampaigns',
        'lists campaigns to a caller who may read none',
      );
    const unknown = await cell.http.get(`${API}/campaigns/${unknownId}`);
    alike(cell, 'getCampaign', id, one, unknown, unknownId);
    const unknownHistory = await cell.http.get(
      `${API}/campaigns/${unknownId}/history`,
    );
    alike(cell, 'getCampaignHistory', id, history, unknownHistory, unknownId);
    return;
  }
  status(cell, 'getCampaign', one, [200]);
  const progress = one.body?.progress ?? {};
  if (
    progress.inScope !== cell.maturity.length ||
    progress.done !== done.length
  ) {
    cell.differs(
      'getCampaign',
      `progress ${progress.done}/${progress.inScope}, want ${done.length}/${cell.maturity.length}`,
    );
  }
  if (history.body?.inScope !== cell.maturity.length) {
    cell.differs(
      'getCampaignHistory',
      `inScope ${history.body?.inScope}, want ${cell.maturity.length}`,
    );
  }
  const listed = (list.body?.items ?? []).find(
    (c: any) => c.campaign?.id === id,
  );
  if (listed?.progress?.inScope !== cell.maturity.length) {
    cell.differs(
      'listCampaigns',
      `inScope ${listed?.progress?.inScope}, want ${cell.maturity.length}`,
    );
  }
  sameSet(
    cell,
    'remaining',
    rowNames(remaining.body?.items ?? []),
    cell.maturity.filter(n => !done.includes(n)),
  );
}

/** Managing campaigns: refused to everyone but the manager, with nothing of the campaign in the answer. */
async function campaignWrites(cell: Cell) {
  if (cell.caller === 'cam' || cell.caller === 'service') return;
  const id = cell.campaignId;
  const writes: Array<[string, Promise<DoorAnswer>]> = [
    [
      'createCampaign',
      cell.http.post(`${API}/campaigns`, {
        title: 'x',
        goal: { kind: 'level', level: 1 },
        deadline: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    ],
    [
      'updateCampaign',
      cell.http.patch(`${API}/campaigns/${id}`, {
        title: 'Renamed by a stranger',
      }),
    ],
    ['closeCampaign', cell.http.post(`${API}/campaigns/${id}/close`, {})],
  ];
  for (const [door, pending] of writes) {
    const answer = await pending;
    scan(cell, door, answer, catalogMarkers(cell));
    status(cell, door, answer, [403, 404]);
  }
}

/** The model: no entity at all in it. */
async function model(cell: Cell) {
  const current = await cell.http.get(`${API}/model`);
  scan(cell, 'getModel', current, catalogMarkers(cell));
  const version = await cell.http.get(
    `${API}/models/${current.body?.id ?? 'mlops-maturity'}/${
      current.body?.version ?? '1'
    }`,
  );
  scan(cell, 'getModelVersion', version, catalogMarkers(cell));
}

export const ROUTE_DOORS: Door[] = [
  { covers: ENTITY_READS.map(([op]) => op), run: entityReads },
  { covers: [], run: evidenceNamesRegistry },
  {
    covers: [
      'submitAssessment',
      'saveDraft',
      'deleteDraft',
      'purgeAssessments',
    ],
    run: entityWrites,
  },
  {
    covers: [
      'getScorecard',
      'getScorecardPage',
      'getScorecardSummary',
      'exportScorecard',
    ],
    run: scorecard,
  },
  { covers: ['getScorecardTrend', 'exportScorecardTrend'], run: trend },
  ...TREND_DOORS,
  {
    covers: ['listCampaigns', 'getCampaign', 'getCampaignHistory'],
    run: campaigns,
  },
  {
    covers: ['createCampaign', 'updateCampaign', 'closeCampaign'],
    run: campaignWrites,
  },
  { covers: ['getModel', 'getModelVersion'], run: model },
  ...REVIEW_DOORS,
];
