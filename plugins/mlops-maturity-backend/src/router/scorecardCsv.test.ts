import {
  defaultMaturityModel as model,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { parse } from 'csv-parse/sync';
import { csvField, csvHeader, csvRows } from './scorecardCsv';

const ROW: ScorecardRow = {
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
  verifiedLevel: 0,
  verifiedScore: 0.75,
  verificationGapCount: 3,
};

/**
 * Text a catalog may hold that a spreadsheet could run: a formula at the
 * start, or after a separator of some spreadsheet's CSV dialect (comma,
 * semicolon, tab), after a line break inside a quoted field, behind quotes.
 */
const HOSTILE = [
  'x;=1+1',
  'x\t=1+1',
  'x,=1+1',
  'x;+1',
  'x;-1+1',
  'x;@SUM(A1)',
  'x;"=1+1"',
  'x;""=1',
  'x\n=1+1',
  'x\r\n=1+1',
  'x\r=1+1',
  'x;\t=1',
  'x;;=1',
  'x";=1',
  'x;\r=1',
  '=1+1;=2',
  '\t=1',
  '"=1+1',
];

/** Does a spreadsheet cell with this text run as a formula (numbers are data)? */
const isFormula = (cell: string) =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);

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

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])(
    'leaves no cell that starts a formula when a spreadsheet splits on %j (%s)',
    delimiter => {
      const rows: ScorecardRow[] = HOSTILE.map((text, i) => ({
        ...ROW,
        entityRef: `component:default/h${i}`,
        title: text,
        type: text,
        owner: text,
        system: text,
        domain: text,
        lifecycle: text,
        weakestDimensionId: text,
        updatedBy: text,
      }));
      const csv = csvHeader() + csvRows(rows, model);
      // A quote-aware parser, lenient as spreadsheets are with quotes
      // inside a cell and rows of uneven length.
      const cells: string[] = parse(csv, {
        delimiter,
        relax_quotes: true,
        relax_column_count: true,
      }).flat();
      expect(cells.length).toBeGreaterThan(HOSTILE.length);
      expect(cells.filter(isFormula)).toEqual([]);
    },
  );

  it('keeps each hostile text whole, behind the quotes it gained, when split on commas', () => {
    const rows = HOSTILE.map(title => ({ ...ROW, title }));
    const parsed: string[][] = parse(csvRows(rows, model));
    expect(parsed.map(r => r[1].replace(/'/g, ''))).toEqual(HOSTILE);
  });

  it('names levels and dimensions, shows the score as the UI does and keeps it exact beside', () => {
    const row = ROW;
    const header = csvHeader().trim().split(',');
    expect(header).toHaveLength(28);
    expect(header.slice(24)).toEqual([
      'verified_level',
      'verified_level_name',
      'verified_score',
      'verification_gaps',
    ]);
    expect(header.slice(10, 12)).toEqual(['score', 'score_exact']);
    // 1.4958… is cut, never rounded up into the next band: 1.49, as the UI.
    expect(csvRows([row], model)).toBe(
      'component:default/a,"A, the model",ml-model,group:default/t,,,production,true,1,DevOps but no MLOps,1.49,1.4958333333333333,0,Monitoring & Operations,1,2026-01-02T03:04:05.000Z,user:default/u,true,2,false,0.6666666666666666,8,12,1,0,Manual,0.75,3\r\n',
    );
  });

  it('leaves the verified fields empty where there is no verified level', () => {
    const row: ScorecardRow = {
      ...ROW,
      verifiedLevel: null,
      verifiedScore: null,
      verificationGapCount: null,
    };
    expect(csvRows([row], model).trim().split(',').slice(-4)).toEqual([
      '',
      '',
      '',
      '',
    ]);
  });
});
