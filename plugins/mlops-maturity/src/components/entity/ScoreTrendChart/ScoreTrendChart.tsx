import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentHistoryEntry,
  LEVEL_BOUNDARIES,
  MATURITY_LEVELS,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../../shared/LevelBadge';
import { formatAbsoluteTime } from '../../shared/Timestamp';
import { dayGroups } from './revisionAxis';

const WIDTH = 640;
const HEIGHT = 212;
const LEFT = 36;
const RIGHT = 36;
const TOP = 12;
const BOTTOM = 40;
// Room between the plot and the first / last point, so that edge points and
// their day brackets stay clear of the axis labels.
const INSET = 12;
const AXIS_Y = HEIGHT - BOTTOM + 10;

const y = (score: number) => TOP + (1 - score / 4) * (HEIGHT - TOP - BOTTOM);

/**
 * The weighted score of each revision, on the 0-4 scale with the level
 * boundaries drawn in; each point is coloured by its level. Revisions are
 * evenly spaced in order, not by time, so that several submitted on one day
 * stay apart; the days are marked below them.
 */
export function ScoreTrendChart(props: { history: AssessmentHistoryEntry[] }) {
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const points = [...props.history].sort((a, b) => a.revision - b.revision);
  const start = LEFT + INSET;
  const end = WIDTH - RIGHT - INSET;
  const x = (index: number) =>
    points.length === 1
      ? (start + end) / 2
      : start + (index / (points.length - 1)) * (end - start);
  const days = dayGroups(
    points.map(p => p.createdAt),
    x,
  );
  const muted = theme.palette.text.secondary;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.score)}`)
    .join(' ');

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={t('scoreTrendChart.ariaLabel')}
      style={{ maxWidth: WIDTH, fontFamily: theme.typography.fontFamily }}
    >
      {LEVEL_BOUNDARIES.map(boundary => (
        <line
          key={boundary}
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(boundary)}
          y2={y(boundary)}
          stroke={theme.palette.divider}
          strokeDasharray="4 4"
        />
      ))}
      {MATURITY_LEVELS.map(level => (
        <text
          key={level}
          x={WIDTH - RIGHT + 6}
          y={y(level) + 4}
          fontSize={11}
          fill={levelColor(level)}
        >
          {t('scoreTrendChart.band', { level: String(level) })}
        </text>
      ))}
      {[0, 1, 2, 3, 4].map(tick => (
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
      <path d={path} fill="none" stroke={muted} strokeWidth={1.5} />
      {points.map((p, i) => (
        <circle
          key={p.revision}
          data-testid="score-point"
          aria-label={t('scoreTrendChart.pointLabel', {
            revision: String(p.revision),
            score: formatScore(p.score),
            level: String(p.level),
          })}
          cx={x(i)}
          cy={y(p.score)}
          r={5}
          fill={levelColor(p.level)}
        >
          <title>
            {t('scoreTrendChart.pointTitle', {
              revision: String(p.revision),
              time: formatAbsoluteTime(new Date(p.createdAt)),
              score: formatScore(p.score),
              level: String(p.level),
            })}
          </title>
        </circle>
      ))}
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
    </svg>
  );
}
