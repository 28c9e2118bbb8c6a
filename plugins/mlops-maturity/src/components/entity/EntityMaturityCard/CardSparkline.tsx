import { useTheme } from '@material-ui/core/styles';

/** One point of a service's maturity over time. */
export interface SparklinePoint {
  /** ISO 8601. */
  date: string;
  /** The weighted score, 0 to 4. */
  score: number;
}

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 3;

/**
 * A small line of a service's score over time, on the fixed 0–4 scale so
 * two services' lines compare. The card's stand-in until the shared
 * `MaturitySparkline` (issue 26's per-service series) is on main; it takes
 * the same points, so swapping it is one line in `AssessedCardBody`.
 */
export function CardSparkline(props: {
  points: SparklinePoint[];
  ariaLabel: string;
}) {
  const { points, ariaLabel } = props;
  const theme = useTheme();
  const x = (index: number) =>
    points.length === 1
      ? WIDTH / 2
      : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (score: number) =>
    HEIGHT - PAD - (Math.min(4, Math.max(0, score)) / 4) * (HEIGHT - 2 * PAD);
  const line = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.score)}`)
    .join(' ');
  const last = points[points.length - 1];
  return (
    <svg
      role="img"
      aria-label={ariaLabel}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      data-testid="maturity-sparkline"
    >
      <path
        d={line}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={1.5}
      />
      <circle
        cx={x(points.length - 1)}
        cy={y(last.score)}
        r={2.5}
        fill={theme.palette.primary.main}
      />
    </svg>
  );
}
