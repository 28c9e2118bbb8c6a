import { useTheme } from '@material-ui/core/styles';
import { BOTTOM, HEIGHT, LEFT, RIGHT, WIDTH } from './chartGeometry';

/**
 * The chart's baseline, the dashed line of all services in scope, and the
 * count ticks (0, the middle, the top).
 */
export function ProgressScale(props: {
  inScope: number;
  /** The top of the scale. */
  max: number;
  y: (done: number) => number;
}) {
  const { inScope, max, y } = props;
  const theme = useTheme();
  const muted = theme.palette.text.secondary;
  const plotBottom = HEIGHT - BOTTOM;
  // 0, the middle and the top, whole numbers only.
  const ticks = [...new Set([0, Math.round(max / 2), max, inScope])].sort(
    (a, b) => a - b,
  );
  return (
    <>
      <line
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={plotBottom}
        y2={plotBottom}
        stroke={theme.palette.divider}
      />
      {inScope > 0 && (
        <line
          data-testid="campaign-chart-goal"
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(inScope)}
          y2={y(inScope)}
          stroke={muted}
          strokeDasharray="4 4"
        />
      )}
      <g data-testid="campaign-chart-ticks">
        {ticks.map(tick => (
          <text
            key={tick}
            x={LEFT - 8}
            y={y(tick) + 4}
            fontSize={11}
            textAnchor="end"
            fill={muted}
          >
            {tick}
          </text>
        ))}
      </g>
    </>
  );
}
