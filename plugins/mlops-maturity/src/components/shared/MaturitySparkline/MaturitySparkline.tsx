import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../LevelBadge';
import {
  SPARK_HEIGHT,
  SPARK_WIDTH,
  sparklinePath,
  sparkX,
  sparkY,
} from './sparklinePath';

/**
 * One point of a {@link MaturitySparkline}: a period (its first day) and the
 * score then, null when nothing was assessed; with a level, the last point's
 * dot takes the level's colour.
 *
 * @public
 */
export interface MaturitySparklinePoint {
  /** `YYYY-MM-DD`. */
  date: string;
  score: number | null;
  level?: number | null;
}

/**
 * A score over time in a line of text's height: oldest on the left, 0 to 4
 * from bottom to top, the latest point as a dot. Screen readers get the first
 * and last score with their dates.
 *
 * @public
 */
export function MaturitySparkline(props: {
  points: MaturitySparklinePoint[];
  /** Width in pixels; the height follows. */
  width?: number;
}) {
  const { points, width = SPARK_WIDTH } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const scored = points
    .map((p, i) => ({ ...p, i }))
    .filter(p => p.score !== null);
  if (scored.length === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        {t('maturitySparkline.noHistory')}
      </Typography>
    );
  }
  const first = scored[0];
  const last = scored[scored.length - 1];
  const label = t('maturitySparkline.ariaLabel', {
    first: formatScore(first.score),
    from: first.date,
    last: formatScore(last.score),
    to: last.date,
  });
  const lastLevel =
    last.level === undefined || last.level === null
      ? undefined
      : levelColor(last.level as MaturityLevelNumber);
  return (
    <svg
      viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
      width={width}
      height={(width * SPARK_HEIGHT) / SPARK_WIDTH}
      role="img"
      aria-label={label}
      data-testid="maturity-sparkline"
      style={{ display: 'block', overflow: 'visible' }}
    >
      <title>{label}</title>
      <path
        d={sparklinePath(points.map(p => p.score))}
        fill="none"
        stroke={theme.palette.text.secondary}
        strokeWidth={1.5}
        data-testid="maturity-sparkline-line"
      />
      <circle
        cx={sparkX(last.i, points.length)}
        cy={sparkY(last.score!)}
        r={3}
        fill={lastLevel ?? theme.palette.text.primary}
      />
    </svg>
  );
}
