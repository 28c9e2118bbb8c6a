import { answersAt } from './api';

/** One malformed request and what the answer must say. */
export interface BadRequestCase {
  name: string;
  method: 'GET' | 'PUT' | 'DELETE';
  path: string;
  /** A raw body (sent as given) or a value sent as JSON. */
  body?: { raw: string; contentType?: string } | { json: unknown };
  /** Expected status; any 4xx when omitted. */
  status?: number;
  /** Text the error message must contain, e.g. the field name. */
  mentions: string;
}

const API = '/api/mlops-maturity';
const OWNED = `${API}/assessments/component/default/product-recommender`;

const complete = answersAt(2);
const withAnswer = (answer: unknown) => ({
  baseRevision: 1,
  answers: { ...complete, testing: answer },
});

const INJECTIONS = [
  "'; drop table mlops_maturity_current; --",
  '" or 1=1 --',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
  '😀🔥',
  'ש\u202Eלום',
  '%00',
  'a'.repeat(300),
];

/** Bad answers to one question, with the field the message must name. */
const BAD_ANSWERS: Array<[string, unknown, string]> = [
  ['level 5', { level: 5 }, 'answers.testing.level'],
  ['level -1', { level: -1 }, 'answers.testing.level'],
  ['level 2.5', { level: 2.5 }, 'answers.testing.level'],
  ['level "2"', { level: '2' }, 'answers.testing.level'],
  ['level null', { level: null }, 'answers.testing.level'],
  ['level true', { level: true }, 'answers.testing.level'],
  ['level []', { level: [] }, 'answers.testing.level'],
  ['level {}', { level: {} }, 'answers.testing.level'],
  ['level 1e308', { level: 1e308 }, 'answers.testing.level'],
  ['no level', {}, 'answers.testing.level'],
  ['answer null', null, 'answers.testing'],
  ['answer a string', 'level 2', 'answers.testing'],
  ['answer a number', 2, 'answers.testing'],
  ['answer a list', [2], 'answers.testing'],
  ['N/A without reason', { notApplicable: true }, 'answers.testing.reason'],
  [
    'N/A with empty reason',
    { notApplicable: true, reason: '' },
    'answers.testing.reason',
  ],
  [
    'N/A with blank reason',
    { notApplicable: true, reason: '   ' },
    'answers.testing.reason',
  ],
  [
    'N/A with numeric reason',
    { notApplicable: true, reason: 3 },
    'answers.testing.reason',
  ],
  [
    'N/A "true"',
    { notApplicable: 'true', reason: 'x' },
    'answers.testing.notApplicable',
  ],
  [
    'N/A false',
    { notApplicable: false, level: 1 },
    'answers.testing.notApplicable',
  ],
  [
    'N/A and level',
    { notApplicable: true, reason: 'x', level: 1 },
    'answers.testing.level',
  ],
  ['reason without N/A', { level: 1, reason: 'x' }, 'answers.testing.reason'],
  [
    'reason over 1000 chars',
    { notApplicable: true, reason: 'r'.repeat(1001) },
    'answers.testing.reason',
  ],
  [
    'reason with NUL',
    { notApplicable: true, reason: 'a\u0000b' },
    'answers.testing.reason',
  ],
  ['note a number', { level: 1, note: 5 }, 'answers.testing.note'],
  [
    'note over 2000 chars',
    { level: 1, note: 'n'.repeat(2001) },
    'answers.testing.note',
  ],
  ['note with NUL', { level: 1, note: '\u0000' }, 'answers.testing.note'],
  [
    'note with escape char',
    { level: 1, note: 'a\u001b[31m' },
    'answers.testing.note',
  ],
  ['unknown property', { level: 1, weight: 3 }, 'answers.testing.weight'],
  [
    'prototype key',
    JSON.parse('{"level":1,"__proto__":{"x":1}}'),
    'answers.testing.__proto__',
  ],
  [
    'evidence a string',
    { level: 1, evidence: 'https://x.example' },
    'answers.testing.evidence',
  ],
  [
    'evidence an object',
    { level: 1, evidence: { title: 't', url: 'https://x.example' } },
    'answers.testing.evidence',
  ],
  [
    '11 evidence links',
    {
      level: 1,
      evidence: Array.from({ length: 11 }, () => ({
        title: 't',
        url: 'https://x.example',
      })),
    },
    'answers.testing.evidence',
  ],
  [
    'evidence link null',
    { level: 1, evidence: [null] },
    'answers.testing.evidence[0]',
  ],
  [
    'evidence without url',
    { level: 1, evidence: [{ title: 't' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence without title',
    { level: 1, evidence: [{ url: 'https://x.example' }] },
    'answers.testing.evidence[0].title',
  ],
  [
    'evidence blank title',
    { level: 1, evidence: [{ title: ' ', url: 'https://x.example' }] },
    'answers.testing.evidence[0].title',
  ],
  [
    'evidence javascript: url',
    {
      level: 1,
      evidence: [{ title: 't', url: ['javascript', 'alert(1)'].join(':') }],
    },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence data: url',
    { level: 1, evidence: [{ title: 't', url: 'data:text/html,<b>x</b>' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence file: url',
    { level: 1, evidence: [{ title: 't', url: 'file:///etc/passwd' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence ftp: url',
    { level: 1, evidence: [{ title: 't', url: 'ftp://x.example/f' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence relative url',
    { level: 1, evidence: [{ title: 't', url: '/runbook' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence url without host',
    { level: 1, evidence: [{ title: 't', url: 'https://' }] },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence url over 2048',
    {
      level: 1,
      evidence: [{ title: 't', url: `https://x.example/${'p'.repeat(2048)}` }],
    },
    'answers.testing.evidence[0].url',
  ],
  [
    'evidence title over 200',
    {
      level: 1,
      evidence: [{ title: 't'.repeat(201), url: 'https://x.example' }],
    },
    'answers.testing.evidence[0].title',
  ],
  [
    'evidence extra field',
    {
      level: 1,
      evidence: [{ title: 't', url: 'https://x.example', onclick: 'x' }],
    },
    'answers.testing.evidence[0].onclick',
  ],
];

/** Bodies that are wrong as a whole, for both the assessment and the draft route. */
const BAD_BODIES: Array<[string, unknown, string]> = [
  ['a JSON array', [complete], 'body'],
  ['a JSON string', 'answers', 'body'],
  ['a JSON number', 42, 'body'],
  ['JSON null', null, 'body'],
  ['an empty object', {}, 'body.baseRevision'],
  ['no baseRevision', { answers: complete }, 'body.baseRevision'],
  [
    'baseRevision "1"',
    { baseRevision: '1', answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision 0',
    { baseRevision: 0, answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision -3',
    { baseRevision: -3, answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision 1.5',
    { baseRevision: 1.5, answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision 2^53',
    { baseRevision: 2 ** 53, answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision true',
    { baseRevision: true, answers: complete },
    'body.baseRevision',
  ],
  [
    'baseRevision {}',
    { baseRevision: {}, answers: complete },
    'body.baseRevision',
  ],
  ['no answers', { baseRevision: 1 }, 'body.answers'],
  ['answers null', { baseRevision: 1, answers: null }, 'answers'],
  ['answers a list', { baseRevision: 1, answers: [] }, 'answers'],
  ['answers a string', { baseRevision: 1, answers: 'all level 4' }, 'answers'],
  [
    'an extra top-level field',
    { baseRevision: 1, answers: complete, author: 'user:default/admin' },
    'body.author',
  ],
  [
    'a smuggled result',
    { baseRevision: 1, answers: complete, result: { level: 4 } },
    'body.result',
  ],
  ...INJECTIONS.slice(0, 5).map((text): [string, unknown, string] => [
    `an injected question id ${JSON.stringify(text.slice(0, 20))}`,
    { baseRevision: 1, answers: { ...complete, [text]: { level: 1 } } },
    'unknown question id',
  ]),
];

const BAD_RAW: Array<[string, string, string | undefined, number, string]> = [
  [
    'truncated JSON',
    '{"baseRevision": 1, "answers": {',
    'application/json',
    400,
    'not valid JSON',
  ],
  [
    'trailing comma',
    '{"baseRevision": 1,}',
    'application/json',
    400,
    'not valid JSON',
  ],
  [
    'single quotes',
    "{'baseRevision': 1}",
    'application/json',
    400,
    'not valid JSON',
  ],
  [
    'NaN literal',
    '{"baseRevision": NaN, "answers": {}}',
    'application/json',
    400,
    'not valid JSON',
  ],
  ['an empty body', '', 'application/json', 400, 'body'],
  [
    'plain text',
    'level=4',
    'text/plain',
    400,
    'Content-Type: application/json',
  ],
  [
    'a form body',
    'baseRevision=1&answers=x',
    'application/x-www-form-urlencoded',
    400,
    'Content-Type: application/json',
  ],
  [
    'XML',
    '<assessment level="4"/>',
    'application/xml',
    400,
    'Content-Type: application/json',
  ],
  [
    'no content type',
    '{"baseRevision":1,"answers":{}}',
    undefined,
    400,
    'Content-Type: application/json',
  ],
  [
    'a 600 kB body',
    JSON.stringify({
      baseRevision: 1,
      answers: complete,
      pad: 'x'.repeat(600_000),
    }),
    'application/json',
    413,
    'larger than',
  ],
  [
    'a 5 MB body',
    JSON.stringify({
      baseRevision: 1,
      answers: { testing: { level: 1, note: 'x'.repeat(5_000_000) } },
    }),
    'application/json',
    413,
    'larger than',
  ],
  [
    'invalid UTF-8',
    '{"baseRevision":1,"answers":{"testing":{"level":1,"note":"\udc00"}}}',
    'application/json; charset=latin-9',
    415,
    'charset',
  ],
];

const BAD_PATHS: Array<[string, string]> = [
  [
    'kind starting with a digit',
    `${API}/assessments/9component/default/product-recommender`,
  ],
  [
    'kind with a dash',
    `${API}/assessments/com-ponent/default/product-recommender`,
  ],
  [
    'kind with unicode',
    `${API}/assessments/k%C3%B6mponent/default/product-recommender`,
  ],
  [
    'namespace with a space',
    `${API}/assessments/component/de%20fault/product-recommender`,
  ],
  [
    'name with a space',
    `${API}/assessments/component/default/product%20recommender`,
  ],
  ['name with an encoded slash', `${API}/assessments/component/default/a%2Fb`],
  [
    'name with a quote',
    `${API}/assessments/component/default/x'%20OR%20'1'='1`,
  ],
  ['name with a semicolon', `${API}/assessments/component/default/x;drop`],
  ['name ending in a dash', `${API}/assessments/component/default/name-`],
  ['name with double dots', `${API}/assessments/component/default/a..b`],
  [
    'name of 64 characters',
    `${API}/assessments/component/default/${'n'.repeat(64)}`,
  ],
  ['name with an emoji', `${API}/assessments/component/default/%F0%9F%98%80`],
  ['name with a NUL', `${API}/assessments/component/default/a%00b`],
  ['name with percent', `${API}/assessments/component/default/100%25`],
];

const BAD_SCORECARD_QUERIES: Array<[string, string]> = [
  ['limit=0', 'query.limit'],
  ['limit=501', 'query.limit'],
  ['limit=-1', 'query.limit'],
  ['limit=ten', 'query.limit'],
  ['limit=1.5', 'query.limit'],
  ['limit=1&limit=2', 'query.limit'],
  ['limit=', 'query.limit'],
  ['offset=-5', 'query.offset'],
  ['offset=abc', 'query.offset'],
  ['offset=1000001', 'query.offset'],
  ['orderBy=rank', 'query.orderBy'],
  ['orderBy=score%3Bdrop', 'query.orderBy'],
  ['orderBy=SCORE', 'query.orderBy'],
  ['orderBy=', 'query.orderBy'],
  ['order=up', 'query.order'],
  ['order=ASC', 'query.order'],
  ['level=5', 'query.level'],
  ['level=-1', 'query.level'],
  ['level=two', 'query.level'],
  ['level=1.0', 'query.level'],
  ['assessed=yes', 'query.assessed'],
  ['assessed=1', 'query.assessed'],
  ['stale=maybe', 'query.stale'],
  ['stale=true&stale=false', 'query.stale'],
  ['owner=a%2Fb%2Fc', 'query.owner'],
  ['owner=group%3A', 'query.owner'],
  ['owner=%F0%9F%98%80', 'query.owner'],
  ["owner=x'%20or%201%3D1", 'query.owner'],
  ['system=sys%20tem', 'query.system'],
  ['domain=a%3Ab%3Ac%2Fd%2Fe', 'query.domain'],
  ['lifecycle=', 'query.lifecycle'],
  ['lifecycle=a%00b', 'query.lifecycle'],
  [`q=${'q'.repeat(201)}`, 'query.q'],
  ['q=a%00b', 'query.q'],
  ['q=x&q=y', 'query.q'],
  ['owner[a]=b', 'query.owner'],
  ['page=2', 'query.page'],
  ['sort=score', 'query.sort'],
  ['filter=owner', 'query.filter'],
];

/** Draft bodies that are wrong only in their draft version. */
const BAD_DRAFT_VERSIONS: Array<[string, unknown]> = [
  ['missing', undefined],
  ['"1"', '1'],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['2^53', 2 ** 53],
  ['true', true],
  ['[]', []],
];

/** Draft saves carry the version the edit started from (the seeded draft is version 1). */
const asDraftBody = (body: unknown) =>
  body !== null && typeof body === 'object' && !Array.isArray(body)
    ? { draftVersion: 1, ...body }
    : body;

/** At least 200 malformed requests against every route, each with the field its message must name. */
export function badRequestCases(): BadRequestCase[] {
  const cases: BadRequestCase[] = [];
  for (const [route, path] of [
    ['assessment', OWNED],
    ['draft', `${OWNED}/draft`],
  ] as const) {
    const bodyFor = route === 'draft' ? asDraftBody : (body: unknown) => body;
    for (const [name, body, field] of BAD_BODIES) {
      cases.push({
        name: `PUT ${route}: ${name}`,
        method: 'PUT',
        path,
        body: { json: bodyFor(body) },
        status: 400,
        mentions: field,
      });
    }
    for (const [name, answer, field] of BAD_ANSWERS) {
      cases.push({
        name: `PUT ${route}: ${name}`,
        method: 'PUT',
        path,
        body: { json: bodyFor(withAnswer(answer)) },
        status: 400,
        mentions: field,
      });
    }
    for (const [name, raw, contentType, status, mentions] of BAD_RAW) {
      cases.push({
        name: `PUT ${route}: ${name}`,
        method: 'PUT',
        path,
        body: { raw, contentType },
        status,
        mentions,
      });
    }
  }
  for (const [name, draftVersion] of BAD_DRAFT_VERSIONS) {
    cases.push({
      name: `PUT draft: draftVersion ${name}`,
      method: 'PUT',
      path: `${OWNED}/draft`,
      body: { json: { draftVersion, baseRevision: 1, answers: complete } },
      status: 400,
      mentions: 'body.draftVersion',
    });
  }
  for (const query of ['version=x', 'version=0', 'version=1.5', 'v=1']) {
    cases.push({
      name: `DELETE draft ?${query}`,
      method: 'DELETE',
      path: `${OWNED}/draft?${query}`,
      status: 400,
      mentions: query === 'v=1' ? 'query' : 'query.version',
    });
  }
  cases.push({
    name: 'PUT assessment: incomplete answers',
    method: 'PUT',
    path: OWNED,
    body: { json: { baseRevision: 1, answers: { testing: { level: 2 } } } },
    status: 400,
    mentions: 'is missing: a submitted assessment answers every question',
  });
  for (const [name, path] of BAD_PATHS) {
    for (const [suffix, method] of [
      ['', 'GET'],
      ['', 'PUT'],
      ['/history', 'GET'],
      ['/evidence', 'GET'],
      ['/draft', 'DELETE'],
    ] as const) {
      cases.push({
        name: `${method} ${suffix || '/'} with ${name}`,
        method,
        path: `${path}${suffix}`,
        body:
          method === 'PUT'
            ? { json: { baseRevision: null, answers: complete } }
            : undefined,
        mentions: 'path',
      });
    }
  }
  for (const [query, field] of BAD_SCORECARD_QUERIES) {
    cases.push({
      name: `GET /scorecard?${query.slice(0, 40)}`,
      method: 'GET',
      path: `${API}/scorecard?${query}`,
      status: 400,
      mentions: field,
    });
  }
  for (const [query, field] of BAD_SCORECARD_QUERIES.filter(
    ([q]) => !/^(limit|offset)/.test(q),
  ).slice(0, 20)) {
    cases.push({
      name: `GET /scorecard/export?${query.slice(0, 40)}`,
      method: 'GET',
      path: `${API}/scorecard/export?${query}`,
      status: 400,
      mentions: field,
    });
  }
  for (const query of [
    'limit=0',
    'limit=1001',
    'limit=x',
    'offset=1',
    'limit=1&limit=2',
  ]) {
    cases.push({
      name: `GET history?${query}`,
      method: 'GET',
      path: `${OWNED}/history?${query}`,
      status: 400,
      mentions: 'query',
    });
  }
  for (const revision of [
    '0',
    '-1',
    'abc',
    '1.5',
    '99999999999',
    '%F0%9F%98%80',
  ]) {
    cases.push({
      name: `GET revision ${revision}`,
      method: 'GET',
      path: `${OWNED}/revisions/${revision}`,
      status: 400,
      mentions: 'path.revision',
    });
  }
  cases.push(
    {
      name: 'GET a revision that does not exist',
      method: 'GET',
      path: `${OWNED}/revisions/999`,
      status: 404,
      mentions: 'has no revision 999',
    },
    {
      name: 'GET an unknown model version',
      method: 'GET',
      path: `${API}/models/mlops-maturity/9.9.9`,
      status: 404,
      mentions: 'No maturity model',
    },
    {
      name: 'GET a model id with a NUL',
      method: 'GET',
      path: `${API}/models/a%00b/1`,
      status: 400,
      mentions: 'path.modelId',
    },
    {
      name: 'GET the evidence of an entity not in the catalog',
      method: 'GET',
      path: `${API}/assessments/component/default/ghost-service/evidence`,
      status: 404,
      mentions: 'not in the catalog',
    },
    {
      name: 'PUT an entity not in the catalog',
      method: 'PUT',
      path: `${API}/assessments/component/default/ghost-service`,
      body: { json: { baseRevision: null, answers: complete } },
      status: 404,
      mentions: 'not in the catalog',
    },
    {
      name: 'PUT a component that is not an ML service',
      method: 'PUT',
      path: `${API}/assessments/component/default/storefront-web`,
      body: { json: { baseRevision: null, answers: complete } },
      status: 400,
      mentions: 'is not an ML service',
    },
    {
      name: 'PUT a group',
      method: 'PUT',
      path: `${API}/assessments/group/default/team-recommendations`,
      body: { json: { baseRevision: null, answers: complete } },
      status: 400,
      mentions: 'is not an ML service',
    },
    {
      name: 'PUT an opted-out ML model',
      method: 'PUT',
      path: `${API}/assessments/component/default/legacy-uplift-model`,
      body: { json: { baseRevision: null, answers: complete } },
      status: 400,
      mentions: 'is not an ML service',
    },
    {
      name: 'PUT a stale baseRevision',
      method: 'PUT',
      path: OWNED,
      body: { json: { baseRevision: 99, answers: complete } },
      status: 409,
      mentions: 'changed meanwhile',
    },
    {
      name: 'PUT the first revision again',
      method: 'PUT',
      path: OWNED,
      body: { json: { baseRevision: null, answers: complete } },
      status: 409,
      mentions: 'changed meanwhile',
    },
  );
  return cases;
}

/** Valid but hostile input: must be answered normally and change nothing. */
export function hostileReadCases(): Array<{ name: string; path: string }> {
  return INJECTIONS.filter(
    text => !/[\u0000]/.test(text) && text.length <= 200,
  ).map(text => ({
    name: `search for ${JSON.stringify(text.slice(0, 30))}`,
    path: `${API}/scorecard?q=${encodeURIComponent(
      text,
    )}&lifecycle=${encodeURIComponent(text.slice(0, 100))}`,
  }));
}
