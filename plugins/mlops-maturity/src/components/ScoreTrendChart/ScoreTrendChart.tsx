import {
  AssessmentHistoryEntry,
  MATURITY_LEVELS,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { formatScore } from '../../format/formatScore';
import { levelColor } from '../LevelBadge';
import { formatAbsoluteTime } from '../Timestamp';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const RIGHT = 36;
const TOP = 12;
const BOTTOM = 28;

const y = (score: number) => TOP + (1 - score / 4) * (HEIGHT - TOP - BOTTOM);

/**
 * The weighted score of each revision over time, on the 0-4 scale with the
 * level boundaries drawn in; each point is coloured by its level.
 */
export function ScoreTrendChart(props: { history: AssessmentHistoryEntry[] }) {
  const theme = useTheme();
  const points = [...props.history].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const times = points.map(p => Date.parse(p.createdAt));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const x = (time: number) =>
    last === first
      ? (LEFT + WIDTH - RIGHT) / 2
      : LEFT + ((time - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const muted = theme.palette.text.secondary;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i])},${y(p.score)}`)
    .join(' ');

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label="Score over time"
      style={{ maxWidth: WIDTH, fontFamily: theme.typography.fontFamily }}
    >
      {[0.5, 1.5, 2.5, 3.5].map(boundary => (
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
          L{level}
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
          aria-label={`Revision ${p.revision}: score ${formatScore(
            p.score,
          )}, level ${p.level}`}
          cx={x(times[i])}
          cy={y(p.score)}
          r={5}
          fill={levelColor(p.level)}
        >
          <title>
            {`Revision ${p.revision} · ${formatAbsoluteTime(
              new Date(p.createdAt),
            )} · ${formatScore(p.score)} (L${p.level})`}
          </title>
        </circle>
      ))}
      {points.length > 0 && (
        <>
          <text x={LEFT} y={HEIGHT - 8} fontSize={11} fill={muted}>
            {new Date(first).toLocaleDateString()}
          </text>
          {last !== first && (
            <text
              x={WIDTH - RIGHT}
              y={HEIGHT - 8}
              fontSize={11}
              textAnchor="end"
              fill={muted}
            >
              {new Date(last).toLocaleDateString()}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
