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
import { DeadlineMarks } from './DeadlineMarks';
import { dayLabel } from './labelledDays';
import { ProgressScale } from './ProgressScale';

export { labelledDays } from './labelledDays';

const DAY_MS = 86_400_000;
/** The UTC day of a `YYYY-MM-DD` day or an ISO time, as a day count. */
const dayNumber = (day: string) =>
  Math.floor(Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day) / DAY_MS);

/**
 * How many services in a campaign's scope met its goal at the end of each
 * day, as a line rising towards the dashed line of all services in scope, on
 * a time axis that runs to the deadline when there is one: the deadline is
 * marked, with the pace that would reach every service by then.
 */
export function CampaignProgressChart(props: {
  history: CampaignHistoryResponse;
  /** The campaign's deadline (ISO); the axis runs to its day. */
  deadline?: string;
}) {
  const { history, deadline } = props;
  const { inScope, points } = history;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const max = Math.max(1, inScope, ...points.map(p => p.done));
  const plotBottom = HEIGHT - BOTTOM;
  const y = (done: number) => TOP + (1 - done / max) * (plotBottom - TOP);
  const start = LEFT + INSET;
  const end = WIDTH - RIGHT - INSET;
  const first = points.length > 0 ? dayNumber(points[0].date) : 0;
  const lastDay =
    points.length > 0 ? dayNumber(points[points.length - 1].date) : 0;
  const deadlineDay = deadline ? dayNumber(deadline) : undefined;
  const span = Math.max(lastDay, deadlineDay ?? lastDay) - first;
  const xOfDay = (day: number) =>
    span === 0
      ? (start + end) / 2
      : start + ((day - first) / span) * (end - start);
  const x = (index: number) => xOfDay(dayNumber(points[index].date));
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
      style={{ fontFamily: theme.typography.fontFamily }}
    >
      <ProgressScale inScope={inScope} max={max} y={y} />
      {deadline && deadlineDay !== undefined && points.length > 0 && (
        <DeadlineMarks
          x={xOfDay(deadlineDay)}
          label={t('campaignProgressChart.deadline', {
            date: dayLabel(new Date(deadline).toISOString().slice(0, 10)),
          })}
          pace={{ x1: x(0), y1: y(points[0].done), y2: y(inScope) }}
        />
      )}
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
