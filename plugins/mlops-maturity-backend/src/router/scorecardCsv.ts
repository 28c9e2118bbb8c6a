import { LoggerService } from '@backstage/backend-plugin-api';
import {
  MaturityModel,
  ScorecardRow,
  truncateScore,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Response } from 'express';
import { once } from 'node:events';

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
  'score_exact',
  'gated_level',
  'weakest_dimension',
  'raises_to_next_level',
  'updated_at',
  'updated_by',
  'stale',
  'target_level',
  'target_met',
  'evidence_share',
  'evidence_backed',
  'evidence_answered',
  'evidence_suggests_higher',
  'verified_level',
  'verified_level_name',
  'verified_score',
  'verification_gaps',
] as const;

/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Where a spreadsheet that splits on `;` or tab (not on our commas, so our
 * quotes are not at the start of its cells) starts a cell or a row inside
 * a field's text: after a `;`, a tab or a line break. What follows there
 * must not start a formula, nor be a quote, which such a parser may take as
 * the start of a quoted cell whose text then starts with the next character.
 */
const CELL_START_INSIDE = /([;\t\r\n])(?=[=+\-@\t\r"])/g;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, semicolon, tab,
 * quote, CR or LF, with quotes doubled. Text that a spreadsheet would run as
 * a formula, whether it splits the file on commas, semicolons or tabs, gets
 * a single quote before it: at the start of the field (leading =, +, -, @,
 * tab or CR), and after each `;`, tab or line break that one of those
 * readers would start a cell at (see CELL_START_INSIDE).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string') {
    text = text.replace(CELL_START_INSIDE, "$1'");
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
        // As the UI shows it (cut to two decimals, never rounded up into
        // the next band), and at full precision for a spreadsheet to band.
        row.score === null ? null : truncateScore(row.score).toFixed(2),
        row.score,
        row.gatedLevel,
        row.weakestDimensionId === null
          ? null
          : dimensionName.get(row.weakestDimensionId) ?? row.weakestDimensionId,
        row.raisesToNextLevel,
        row.updatedAt,
        row.updatedBy,
        row.stale,
        row.targetLevel,
        row.targetMet,
        // A share in [0, 1] at full precision, as the score.
        row.evidenceShare,
        row.evidenceBackedCount,
        row.evidenceAnsweredCount,
        row.evidenceSuggestsHigherCount,
        row.verifiedLevel,
        row.verifiedLevel === null
          ? null
          : levelName.get(row.verifiedLevel) ?? null,
        // At full precision, as score_exact.
        row.verifiedScore,
        row.verificationGapCount,
      ]),
    )
    .join('');
}

/** How a CSV stream treats its reader. */
export interface CsvStreamOptions {
  logger: LoggerService;
  /** How long one write may wait for the reader to take data before the export is cut off. */
  writeTimeoutMs: number;
}

/** The reader took no data for the write timeout. */
class StalledReaderError extends Error {}

/**
 * Streams the scorecard as CSV: writes each chunk as the client takes it
 * (waiting for `drain`, so a slow client holds back the reading of chunks,
 * not memory; no database connection is held meanwhile, see
 * ScorecardQueryStore.streamScorecard), cuts the connection off when the client
 * takes nothing for `writeTimeoutMs`, stops reading when the client goes
 * away, and aborts the connection (rather than ending a truncated 200) when
 * reading fails half-way.
 */
export async function streamCsv(
  res: Response,
  chunks: AsyncGenerator<ScorecardRow[]>,
  model: MaturityModel,
  options: CsvStreamOptions,
): Promise<void> {
  const { logger, writeTimeoutMs } = options;
  // Read the first chunk before answering, so that a database that fails at
  // once gets a plain 500 instead of a cut connection.
  const first = await chunks.next();
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  // Dated (UTC): exports of different days do not overwrite each other.
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="mlops-maturity-scorecard-${new Date()
      .toISOString()
      .slice(0, 10)}.csv"`,
  );
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  const write = async (text: string) => {
    if (res.write(text) || closed) return;
    const waiting = new AbortController();
    const { signal } = waiting;
    try {
      const drained = await Promise.race([
        once(res, 'drain', { signal }).then(
          () => true,
          () => true,
        ),
        once(res, 'close', { signal }).then(
          () => true,
          () => true,
        ),
        new Promise<boolean>(resolve => {
          const timer = setTimeout(() => resolve(false), writeTimeoutMs);
          signal.addEventListener('abort', () => clearTimeout(timer));
        }),
      ]);
      if (!drained) throw new StalledReaderError();
    } finally {
      waiting.abort();
    }
  };
  try {
    await write(csvHeader());
    if (!first.done) await write(csvRows(first.value, model));
    for (let next = first; !next.done && !closed; ) {
      next = await chunks.next();
      if (!next.done) await write(csvRows(next.value, model));
    }
  } catch (error) {
    if (error instanceof StalledReaderError) {
      logger.warn(
        `Cut off a scorecard export whose reader took no data for ${writeTimeoutMs} ms (mlopsMaturity.export.writeTimeoutMs)`,
      );
    } else {
      logger.error(`The scorecard export failed after it started: ${error}`);
    }
    res.destroy();
    return;
  } finally {
    await chunks.return(undefined);
  }
  if (!closed) res.end();
}
