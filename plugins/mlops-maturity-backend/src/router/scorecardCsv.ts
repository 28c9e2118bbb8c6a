import {
  MaturityModel,
  ScorecardRow,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

const COLUMNS = [
  'entity_ref',
  'title',
  'type',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'assessed',
  'level',
  'level_name',
  'score',
  'gated_level',
  'weakest_dimension',
  'updated_at',
  'updated_by',
  'stale',
] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF,
 * with quotes doubled. Text that a spreadsheet would run as a formula
 * (leading =, +, -, @, tab or CR) is prefixed with a single quote.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: Array<string | number | boolean | null>) =>
  `${fields.map(csvField).join(',')}\r\n`;

/** The CSV header line. */
export const csvHeader = () => line([...COLUMNS]);

/** CSV lines for scorecard rows, naming levels and dimensions from the model. */
export function csvRows(rows: ScorecardRow[], model: MaturityModel): string {
  const levelName = new Map(model.levels.map(l => [l.level, l.name]));
  const dimensionName = new Map(model.dimensions.map(d => [d.id, d.name]));
  return rows
    .map(row =>
      line([
        row.entityRef,
        row.title,
        row.type,
        row.owner,
        row.system,
        row.domain,
        row.lifecycle,
        row.assessed,
        row.level,
        row.level === null ? null : levelName.get(row.level) ?? null,
        row.score === null ? null : Number(row.score.toFixed(4)),
        row.gatedLevel,
        row.weakestDimensionId === null
          ? null
          : dimensionName.get(row.weakestDimensionId) ?? row.weakestDimensionId,
        row.updatedAt,
        row.updatedBy,
        row.stale,
      ]),
    )
    .join('');
}
