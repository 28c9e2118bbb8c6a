import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * One colour per level, red (Manual) to green (Full MLOps), shared by the
 * badge and the charts so a level looks the same everywhere. Chosen to keep
 * white text readable.
 */
const LEVEL_COLORS: Record<MaturityLevelNumber, string> = {
  0: '#c62828',
  1: '#e65100',
  2: '#8d6e00',
  3: '#2e7d32',
  4: '#1b5e20',
};

const NOT_ASSESSED_COLOR = '#757575';

/** The colour of a level; grey when there is no level. */
export function levelColor(level: MaturityLevelNumber | null): string {
  return level === null ? NOT_ASSESSED_COLOR : LEVEL_COLORS[level];
}
