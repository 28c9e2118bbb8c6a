import Tooltip from '@material-ui/core/Tooltip';
import { useTheme } from '@material-ui/core/styles';
import { PLOT_BOTTOM, TOP } from './trendGeometry';
import { TrendChartMarker } from './trendTypes';

/**
 * The marked dates as dashed vertical lines with a flag on top, each
 * focusable and named, with its label in a tooltip. `at` places a date on
 * the chart; a date it cannot place (outside the points) is left out.
 */
export function TrendMarkers(props: {
  markers: TrendChartMarker[];
  at: (day: string) => number | undefined;
}) {
  const theme = useTheme();
  const colour = theme.palette.secondary.main;
  return (
    <>
      {props.markers.map(marker => {
        const x = props.at(marker.date);
        if (x === undefined) return null;
        return (
          <Tooltip key={`${marker.date}-${marker.label}`} title={marker.label}>
            <g
              tabIndex={0}
              role="img"
              aria-label={marker.label}
              data-testid="trend-marker"
            >
              <line
                x1={x}
                x2={x}
                y1={TOP}
                y2={PLOT_BOTTOM}
                stroke={colour}
                strokeDasharray="4 3"
                strokeWidth={1.5}
              />
              <path
                d={`M${x - 5},${TOP - 8} L${x + 5},${TOP - 8} L${x},${TOP} Z`}
                fill={colour}
              />
            </g>
          </Tooltip>
        );
      })}
    </>
  );
}
