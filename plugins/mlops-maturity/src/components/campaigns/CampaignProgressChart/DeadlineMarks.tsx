import { useTheme } from '@material-ui/core/styles';
import { BOTTOM, HEIGHT, TOP } from './chartGeometry';

/**
 * The deadline as a dashed vertical line with its date, and the pace line
 * from the first day's count to every service in scope at the deadline.
 */
export function DeadlineMarks(props: {
  x: number;
  label: string;
  pace: { x1: number; y1: number; y2: number };
}) {
  const { x, label, pace } = props;
  const theme = useTheme();
  const accent = theme.palette.secondary.main;
  return (
    <>
      <line
        data-testid="campaign-chart-pace"
        x1={pace.x1}
        y1={pace.y1}
        x2={x}
        y2={pace.y2}
        stroke={theme.palette.text.secondary}
        strokeDasharray="2 3"
      />
      <line
        data-testid="campaign-chart-deadline"
        role="img"
        aria-label={label}
        x1={x}
        x2={x}
        y1={TOP}
        y2={HEIGHT - BOTTOM}
        stroke={accent}
        strokeDasharray="5 3"
        strokeWidth={1.5}
      >
        <title>{label}</title>
      </line>
      <text
        x={x - 4}
        y={TOP + 10}
        fontSize={11}
        textAnchor="end"
        fill={accent}
        aria-hidden
      >
        {label}
      </text>
    </>
  );
}
