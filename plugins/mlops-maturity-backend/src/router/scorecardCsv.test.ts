import {
  defaultMaturityModel as model,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { csvField, csvHeader, csvRows } from './scorecardCsv';

describe('scorecard CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['@sum', "'@sum"],
    ['-1+1', "'-1+1"],
  ])('quotes %j as RFC 4180 without formulas', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers, booleans and missing values as plain fields', () => {
    expect([csvField(-1.5), csvField(true), csvField(null)]).toEqual([
      '-1.5',
      'true',
      '',
    ]);
  });

  it('names levels and dimensions and keeps the full precision of the score', () => {
    const row: ScorecardRow = {
      entityRef: 'component:default/a',
      kind: 'Component',
      namespace: 'default',
      name: 'a',
      title: 'A, the model',
      type: 'ml-model',
      owner: 'group:default/t',
      system: null,
      domain: null,
      lifecycle: 'production',
      assessed: true,
      revision: 2,
      score: 359 / 240,
      level: 1,
      gatedLevel: 0,
      weakestDimensionId: 'monitoring-operations',
      raisesToNextLevel: 1,
      updatedAt: '2026-01-02T03:04:05.000Z',
      updatedBy: 'user:default/u',
      stale: true,
      targetLevel: 2,
      targetTitle: 'Production at Level 2',
      targetMet: false,
      evidenceShare: 2 / 3,
      evidenceBackedCount: 8,
      evidenceAnsweredCount: 12,
      evidenceSuggestsHigherCount: 1,
    };
    expect(csvHeader().split(',')).toHaveLength(23);
    expect(csvRows([row], model)).toBe(
      'component:default/a,"A, the model",ml-model,group:default/t,,,production,true,1,DevOps but no MLOps,1.4958333333333333,0,Monitoring & Operations,1,2026-01-02T03:04:05.000Z,user:default/u,true,2,false,0.6666666666666666,8,12,1\r\n',
    );
  });
});
