import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { AssessmentHistoryEntry } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../../shared/LevelBadge';
import { formatAbsoluteTime } from '../../shared/Timestamp';
import { dayGroups } from './revisionAxis';
import { INSET, LEFT, RIGHT, WIDTH, HEIGHT, y } from './trendGeometry';
import { TrendDays } from './TrendDays';
import { TrendScale } from './TrendScale';

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
      <TrendScale />
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
      <TrendDays days={days} x={x} />
    </svg>
  );
}
