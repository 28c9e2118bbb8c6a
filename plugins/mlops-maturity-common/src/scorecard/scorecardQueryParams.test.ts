import fc from 'fast-check';
import { SCORECARD_ORDER_FIELDS, ScorecardQuery } from '../api';
import { MaturityLevelNumber } from '../model/types';
import {
  SCORECARD_FILTER_FIELDS,
  SCORECARD_PAGING,
  formatScorecardQuery,
  parseScorecardQuery,
  scorecardQueryFilters,
  scorecardQueryProblems,
} from './scorecardQueryParams';

const values = fc.array(fc.string({ minLength: 1 }), {
  minLength: 1,
  maxLength: 3,
});
/** Shares as the formatter writes them: at most six decimals. */
const share = fc
  .integer({ min: 0, max: 1_000_000 })
  .map(n => Number((n / 1_000_000).toFixed(6)));

/** A query every value of which the parser keeps. */
const validQuery: fc.Arbitrary<ScorecardQuery> = fc
  .record(
    {
      owner: values,
      system: values,
      domain: values,
      lifecycle: values,
      type: values,
      tag: values,
      level: fc.array(
        fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<MaturityLevelNumber>,
        { minLength: 1, maxLength: 5 },
      ),
      assessed: fc.boolean(),
      stale: fc.boolean(),
      belowTarget: fc.boolean(),
      campaign: fc.uuid(),
      campaignDone: fc.boolean(),
      evidenceShareMin: share,
      evidenceShareMax: share,
      evidenceSuggestsHigher: fc.boolean(),
      verifiedLevel: fc.array(
        fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<MaturityLevelNumber>,
        { minLength: 1, maxLength: 5 },
      ),
      verifiedBelowClaimed: fc.boolean(),
      q: fc.string({ minLength: 1 }),
      orderBy: fc.constantFrom(...SCORECARD_ORDER_FIELDS),
      order: fc.constantFrom('asc' as const, 'desc' as const),
      limit: fc.integer({ min: 1, max: 500 }),
      offset: fc.nat({ max: SCORECARD_PAGING.offset.max }),
    },
    { requiredKeys: [] },
  )
  .filter(q => scorecardQueryProblems(q).length === 0);

describe('scorecard query parameters', () => {
  it('parses what it formats back to the same query', () => {
    fc.assert(
      fc.property(validQuery, query => {
        const params = formatScorecardQuery(query);
        expect(parseScorecardQuery(params)).toEqual(query);
        // The same from a query string, and from a query object as express parses it.
        expect(
          parseScorecardQuery(new URLSearchParams(params.toString())),
        ).toEqual(query);
        const object: Record<string, string[]> = {};
        params.forEach((value, key) => {
          object[key] = [...(object[key] ?? []), value];
        });
        expect(parseScorecardQuery(object)).toEqual(query);
      }),
    );
  });

  it('formats every filter under its own name, and nothing unset', () => {
    const query: ScorecardQuery = {
      owner: ['group:default/a'],
      system: ['system:default/s'],
      domain: ['domain:default/d'],
      lifecycle: ['production'],
      level: [2],
      type: ['model'],
      tag: ['pii'],
      campaign: 'c1',
      campaignDone: false,
      assessed: false,
      stale: false,
      belowTarget: false,
      evidenceShareMin: 0,
      evidenceShareMax: 1,
      evidenceShareBelow: 1,
      evidenceSuggestsHigher: false,
      verifiedLevel: [3],
      verifiedBelowClaimed: true,
      q: 'x',
    };
    expect([...formatScorecardQuery(query).keys()]).toEqual(
      SCORECARD_FILTER_FIELDS,
    );
    expect(formatScorecardQuery({}).toString()).toBe('');
  });

  it('reads a single value from a query object, and ignores nested objects', () => {
    expect(
      parseScorecardQuery({ stale: 'true', q: ['a', 'b'], owner: 'x' }),
    ).toEqual({ stale: true, q: 'a', owner: ['x'] });
    expect(
      parseScorecardQuery({ tag: { a: 'b' } } as unknown as Record<
        string,
        string
      >),
    ).toEqual({});
  });
});

describe('scorecard query parameters, case by case', () => {
  it('writes belowTarget as true or false, and leaves it out when unset', () => {
    expect(formatScorecardQuery({ belowTarget: true }).toString()).toBe(
      'belowTarget=true',
    );
    expect(formatScorecardQuery({ belowTarget: false }).toString()).toBe(
      'belowTarget=false',
    );
    expect(formatScorecardQuery({}).has('belowTarget')).toBe(false);
  });

  it('writes the evidence filters as the backend reads them', () => {
    expect(
      formatScorecardQuery({
        evidenceShareMin: 0.5,
        evidenceShareMax: 1,
        evidenceSuggestsHigher: false,
      }).toString(),
    ).toBe(
      'evidenceShareMin=0.5&evidenceShareMax=1&evidenceSuggestsHigher=false',
    );
    expect(formatScorecardQuery({ evidenceShareMax: 0 }).toString()).toBe(
      'evidenceShareMax=0',
    );
    // At most six decimals, as the backend accepts.
    expect(
      formatScorecardQuery({ evidenceShareMin: 1 / 3 }).get('evidenceShareMin'),
    ).toBe('0.333333');
  });

  it('writes the verified filters as the backend reads them, and drops bad ones', () => {
    const params = formatScorecardQuery({
      verifiedLevel: [0, 3],
      verifiedBelowClaimed: false,
      orderBy: 'verifiedLevel',
    });
    expect(params.toString()).toBe(
      'verifiedLevel=0&verifiedLevel=3&verifiedBelowClaimed=false&orderBy=verifiedLevel',
    );
    expect(parseScorecardQuery(params)).toEqual({
      verifiedLevel: [0, 3],
      verifiedBelowClaimed: false,
      orderBy: 'verifiedLevel',
    });
    expect(
      parseScorecardQuery(
        new URLSearchParams('verifiedLevel=7&verifiedBelowClaimed=maybe'),
      ),
    ).toEqual({});
  });

  it('drops evidence filters the API would reject', () => {
    expect(
      parseScorecardQuery(
        new URLSearchParams(
          'evidenceShareMin=1.5&evidenceShareMax=-0.1&evidenceSuggestsHigher=yes',
        ),
      ),
    ).toEqual({});
    expect(
      parseScorecardQuery(new URLSearchParams('evidenceShareMin=.5')),
    ).toEqual({ evidenceShareMin: 0.5 });
    // An empty range: neither bound is kept.
    expect(
      parseScorecardQuery(
        new URLSearchParams('evidenceShareMin=0.8&evidenceShareMax=0.2'),
      ),
    ).toEqual({});
  });

  it('drops values a hand-edited URL may carry that the API rejects', () => {
    const params = new URLSearchParams(
      'level=7&level=2&orderBy=secret&order=up&assessed=maybe&belowTarget=yes&limit=9000&offset=-3&owner=',
    );
    expect(parseScorecardQuery(params)).toEqual({ level: [2] });
  });

  it('keeps a cursor in place of an offset, and no offset deeper than the API takes', () => {
    const read = (text: string) =>
      parseScorecardQuery(new URLSearchParams(text));
    expect(read('cursor=eyJ2IjoxfQ&offset=50')).toEqual({
      cursor: 'eyJ2IjoxfQ',
    });
    expect(formatScorecardQuery({ cursor: 'eyJ2IjoxfQ' }).toString()).toBe(
      'cursor=eyJ2IjoxfQ',
    );
    expect(read('offset=1000')).toEqual({ offset: 1000 });
    expect(read('offset=1001')).toEqual({});
    expect(read('cursor=a%20b')).toEqual({});
    expect(
      scorecardQueryFilters({
        cursor: 'eyJ2IjoxfQ',
        owner: ['group:default/a'],
      }),
    ).toEqual({ owner: ['group:default/a'] });
  });

  it('keeps "done or not" only within a campaign', () => {
    expect(
      parseScorecardQuery(new URLSearchParams('campaignDone=true')),
    ).toEqual({});
    expect(
      parseScorecardQuery(new URLSearchParams('campaign=c1&campaignDone=true')),
    ).toEqual({ campaign: 'c1', campaignDone: true });
  });
});

describe('scorecardQueryFilters', () => {
  it('keeps the filters of a query and drops its sort and paging', () => {
    expect(
      scorecardQueryFilters({
        owner: ['group:default/a'],
        belowTarget: false,
        campaign: 'c1',
        orderBy: 'name',
        order: 'desc',
        limit: 25,
        offset: 50,
      }),
    ).toEqual({
      owner: ['group:default/a'],
      belowTarget: false,
      campaign: 'c1',
    });
    expect(scorecardQueryFilters({})).toEqual({});
  });
});

describe('scorecardQueryProblems', () => {
  it('finds an empty evidence share range', () => {
    expect(
      scorecardQueryProblems({ evidenceShareMin: 0.6, evidenceShareMax: 0.5 }),
    ).toEqual([{ field: 'evidenceShareMin', code: 'aboveMax' }]);
    expect(
      scorecardQueryProblems({ evidenceShareMin: 0.5, evidenceShareMax: 0.5 }),
    ).toEqual([]);
    expect(
      parseScorecardQuery(
        new URLSearchParams('evidenceShareMin=0.6&evidenceShareMax=0.5'),
      ),
    ).toEqual({});
  });

  it('finds campaignDone without a campaign', () => {
    expect(scorecardQueryProblems({ campaignDone: false })).toEqual([
      { field: 'campaignDone', code: 'needsCampaign' },
    ]);
    expect(
      scorecardQueryProblems({ campaign: 'c1', campaignDone: false }),
    ).toEqual([]);
    expect(parseScorecardQuery({ campaignDone: 'false' })).toEqual({});
  });
});
