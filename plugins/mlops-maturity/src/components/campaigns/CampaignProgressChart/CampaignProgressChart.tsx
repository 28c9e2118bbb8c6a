import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignHistoryResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  BOTTOM,
  HEIGHT,
  INSET,
  LEFT,
  RIGHT,
  TOP,
  WIDTH,
} from './chartGeometry';
import { DayLabels } from './DayLabels';
import { dayLabel } from './labelledDays';
import { ProgressScale } from './ProgressScale';

export { labelledDays } from './labelledDays';

/**
 * How many services in a campaign's scope met its goal at the end of each
 * day, as a line rising towards the dashed line of all services in scope.
 */
export function CampaignProgressChart(props: {
  history: CampaignHistoryResponse;
}) {
  const { inScope, points } = props.history;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const max = Math.max(1, inScope, ...points.map(p => p.done));
  const plotBottom = HEIGHT - BOTTOM;
  const y = (done: number) => TOP + (1 - done / max) * (plotBottom - TOP);
  const start = LEFT + INSET;
  const end = WIDTH - RIGHT - INSET;
  const x = (index: number) =>
    points.length === 1
      ? (start + end) / 2
      : start + (index / (points.length - 1)) * (end - start);
  const labels = points.map(p => dayLabel(p.date));
  const line = theme.palette.primary.main;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.done)}`)
    .join(' ');
  const area =
    points.length > 1
      ? `${path} L${x(points.length - 1)},${plotBottom} L${x(
          0,
        )},${plotBottom} Z`
      : '';
  const latest = points[points.length - 1];

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={
        latest
          ? t('campaignProgressChart.ariaLabel', {
              done: String(latest.done),
              inScope: String(inScope),
              date: labels[labels.length - 1],
            })
          : undefined
      }
      style={{ maxWidth: WIDTH, fontFamily: theme.typography.fontFamily }}
    >
      <ProgressScale inScope={inScope} y={y} />
      {area && <path d={area} fill={line} fillOpacity={0.12} />}
      <path d={path} fill="none" stroke={line} strokeWidth={2} />
      {points.map((p, i) => (
        <circle
          key={p.date}
          data-testid="campaign-history-point"
          cx={x(i)}
          cy={y(p.done)}
          r={points.length > 45 ? 1.5 : 3}
          fill={line}
        >
          <title>
            {t('campaignProgressChart.pointTitle', {
              date: labels[i],
              done: String(p.done),
              inScope: String(inScope),
            })}
          </title>
        </circle>
      ))}
      <DayLabels days={points.map(p => p.date)} labels={labels} x={x} />
    </svg>
  );
}
