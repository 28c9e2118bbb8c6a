import { useTheme } from '@material-ui/core/styles';
import {
  countY,
  HEIGHT,
  LEFT,
  PLOT_BOTTOM,
  scoreY,
  WIDTH,
  RIGHT,
} from './trendGeometry';

const LEVELS = [0, 1, 2, 3, 4];

/**
 * The count axis on the left (0, half and the top), the level bands of the
 * mean score on the right (a score from L - 0.5 up to L + 0.5 is Level L: the
 * band's edges are dashed, its name in the middle), and the date labels.
 */
export function TrendAxes(props: {
  max: number;
  dates: Array<{ x: number; label: string }>;
  countLabel: string;
}) {
  const { max, dates, countLabel } = props;
  const theme = useTheme();
  const grid = theme.palette.divider;
  const text = theme.palette.text.secondary;
  const right = WIDTH - RIGHT;
  return (
    <g aria-hidden fontSize={11} fill={text}>
      {[0, max / 2, max].map(count => (
        <g key={count}>
          <line
            x1={LEFT}
            x2={right}
            y1={countY(count, max)}
            y2={countY(count, max)}
            stroke={grid}
          />
          <text x={LEFT - 6} y={countY(count, max) + 4} textAnchor="end">
            {count}
          </text>
        </g>
      ))}
      <text x={4} y={10}>
        {countLabel}
      </text>
      {[0.5, 1.5, 2.5, 3.5].map(edge => (
        <line
          key={edge}
          x1={LEFT}
          x2={right}
          y1={scoreY(edge)}
          y2={scoreY(edge)}
          stroke={grid}
          strokeDasharray="2 4"
        />
      ))}
      {LEVELS.map(level => (
        <text
          key={level}
          x={right + 6}
          y={scoreY(Math.min(3.75, Math.max(0.25, level))) + 4}
        >
          {`L${level}`}
        </text>
      ))}
      {dates.map(d => (
        <text key={d.label} x={d.x} y={HEIGHT - 10} textAnchor="middle">
          {d.label}
        </text>
      ))}
      <line
        x1={LEFT}
        x2={right}
        y1={PLOT_BOTTOM}
        y2={PLOT_BOTTOM}
        stroke={text}
      />
    </g>
  );
}
