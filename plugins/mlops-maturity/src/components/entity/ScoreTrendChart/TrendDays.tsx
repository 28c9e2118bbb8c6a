import { useTheme } from '@material-ui/core/styles';
import { DayGroup } from './revisionAxis';
import { AXIS_Y } from './trendGeometry';

/** The days below the revisions: a bracket under each, labelled where it fits. */
export function TrendDays(props: {
  days: DayGroup[];
  x: (index: number) => number;
}) {
  const { days, x } = props;
  const theme = useTheme();
  const muted = theme.palette.text.secondary;
  return (
    <>
      {days.map(day => {
        const from = x(day.first) - (day.first === day.last ? 0 : 4);
        const to = x(day.last) + (day.first === day.last ? 0 : 4);
        return (
          <g key={day.first} data-testid="trend-day">
            {/* A bracket under the day's revisions (a tick for just one). */}
            <path
              d={`M${from},${AXIS_Y - 4} V${AXIS_Y} H${to} V${AXIS_Y - 4}`}
              fill="none"
              stroke={muted}
              strokeWidth={1}
            />
            {day.labelled && (
              <text
                x={(x(day.first) + x(day.last)) / 2}
                y={AXIS_Y + 16}
                fontSize={11}
                textAnchor="middle"
                fill={muted}
              >
                {day.label}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}
