import { ScorecardQuery } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  scorecardQueryFromParams,
  scorecardQueryToParams,
} from './scorecardQueryParams';

describe('scorecard query parameters', () => {
  it('round-trips every filter, the sort and the page', () => {
    const query: ScorecardQuery = {
      owner: ['group:default/a', 'group:default/b'],
      system: ['system:default/search'],
      domain: ['domain:default/growth'],
      lifecycle: ['production', 'experimental'],
      level: [1, 4],
      assessed: true,
      stale: false,
      belowTarget: true,
      type: ['ml-model'],
      tag: ['pii', 'batch'],
      campaign: 'c1',
      campaignDone: false,
      evidenceShareMin: 0.25,
      evidenceShareMax: 0.75,
      evidenceSuggestsHigher: true,
      q: 'ranker',
      orderBy: 'updatedAt',
      order: 'desc',
      limit: 100,
      offset: 200,
    };
    expect(scorecardQueryFromParams(scorecardQueryToParams(query))).toEqual(
      query,
    );
  });

  it('writes belowTarget as true or false, and leaves it out when unset', () => {
    expect(scorecardQueryToParams({ belowTarget: true }).toString()).toBe(
      'belowTarget=true',
    );
    expect(scorecardQueryToParams({ belowTarget: false }).toString()).toBe(
      'belowTarget=false',
    );
    expect(scorecardQueryToParams({}).has('belowTarget')).toBe(false);
  });

  it('writes the evidence filters as the backend reads them', () => {
    expect(
      scorecardQueryToParams({
        evidenceShareMin: 0.5,
        evidenceShareMax: 1,
        evidenceSuggestsHigher: false,
      }).toString(),
    ).toBe(
      'evidenceShareMin=0.5&evidenceShareMax=1&evidenceSuggestsHigher=false',
    );
    expect(scorecardQueryToParams({ evidenceShareMax: 0 }).toString()).toBe(
      'evidenceShareMax=0',
    );
    // At most six decimals, as the backend accepts.
    expect(
      scorecardQueryToParams({ evidenceShareMin: 1 / 3 }).get(
        'evidenceShareMin',
      ),
    ).toBe('0.333333');
  });

  it('drops evidence filters the API would reject', () => {
    expect(
      scorecardQueryFromParams(
        new URLSearchParams(
          'evidenceShareMin=1.5&evidenceShareMax=-0.1&evidenceSuggestsHigher=yes',
        ),
      ),
    ).toEqual({});
    expect(
      scorecardQueryFromParams(new URLSearchParams('evidenceShareMin=.5')),
    ).toEqual({ evidenceShareMin: 0.5 });
    // An empty range: neither bound is kept.
    expect(
      scorecardQueryFromParams(
        new URLSearchParams('evidenceShareMin=0.8&evidenceShareMax=0.2'),
      ),
    ).toEqual({});
  });

  it('drops values a hand-edited URL may carry that the API rejects', () => {
    const params = new URLSearchParams(
      'level=7&level=2&orderBy=secret&order=up&assessed=maybe&belowTarget=yes&limit=9000&offset=-3&owner=',
    );
    expect(scorecardQueryFromParams(params)).toEqual({ level: [2] });
  });
  it('keeps "done or not" only within a campaign', () => {
    expect(
      scorecardQueryFromParams(new URLSearchParams('campaignDone=true')),
    ).toEqual({});
    expect(
      scorecardQueryFromParams(
        new URLSearchParams('campaign=c1&campaignDone=true'),
      ),
    ).toEqual({ campaign: 'c1', campaignDone: true });
  });
});
