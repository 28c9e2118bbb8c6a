import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { CampaignHistoryResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { mlopsMaturityTranslationRef } from '../../../translation';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 32;
const INSET = 8;
// At the chart's 11 px font, a character is about this wide on average.
const CHAR_WIDTH = 6.5;
const LABEL_GAP = 12;

let dayFormat: Intl.DateTimeFormat | undefined;

/** A YYYY-MM-DD day as the reader reads it ("3 Dec"), without shifting it by the time zone. */
function dayLabel(date: string): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat.format(parsed);
}

/**
 * Indexes of the days whose labels fit beside each other at `x(i)`: always
 * the first and the last, and as many between as have room.
 */
export function labelledDays(
  labels: string[],
  x: (index: number) => number,
): number[] {
  if (labels.length === 0) return [];
  const last = labels.length - 1;
  const fits = (a: number, b: number) =>
    Math.abs(x(b) - x(a)) >=
    ((labels[a].length + labels[b].length) * CHAR_WIDTH) / 2 + LABEL_GAP;
  const shown = [0];
  for (let i = 1; i < last; i++) {
    if (fits(shown[shown.length - 1], i) && fits(i, last)) shown.push(i);
  }
  if (last > 0 && fits(0, last)) shown.push(last);
  return shown;
}

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
  const muted = theme.palette.text.secondary;
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
  const ticks = [...new Set([0, inScope])];

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
      {labelledDays(labels, x).map(i => (
        <text
          key={points[i].date}
          x={x(i)}
          y={HEIGHT - 10}
          fontSize={11}
          textAnchor="middle"
          fill={muted}
        >
          {labels[i]}
        </text>
      ))}
    </svg>
  );
}
