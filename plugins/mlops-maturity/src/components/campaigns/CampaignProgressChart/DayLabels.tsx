import { useTheme } from '@material-ui/core/styles';
import { HEIGHT } from './chartGeometry';
import { labelledDays } from './labelledDays';

/** The days under the chart, as many as fit beside each other. */
export function DayLabels(props: {
  days: string[];
  labels: string[];
  x: (index: number) => number;
}) {
  const { days, labels, x } = props;
  const theme = useTheme();
  const muted = theme.palette.text.secondary;
  return (
    <>
      {labelledDays(labels, x).map(i => (
        <text
          key={days[i]}
          x={x(i)}
          y={HEIGHT - 10}
          fontSize={11}
          textAnchor="middle"
          fill={muted}
        >
          {labels[i]}
        </text>
      ))}
    </>
  );
}
