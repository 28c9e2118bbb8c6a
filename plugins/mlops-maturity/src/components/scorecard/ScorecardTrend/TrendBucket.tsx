import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MATURITY_LEVELS } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Tooltip from '@material-ui/core/Tooltip';
import { formatPercent } from '../../../format/formatShare';
import { formatScore } from '../../../format/formatScore';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../../shared/LevelBadge';
import { countY, PLOT_BOTTOM, PLOT_HEIGHT, TOP } from './trendGeometry';
import { TrendChartPoint } from './trendTypes';

/**
 * One point's stacked bar (Level 0 at the bottom, not assessed on top),
 * focusable, with a tooltip that says every figure of the point.
 */
export function TrendBucket(props: {
  point: TrendChartPoint;
  dateLabel: string;
  centre: number;
  width: number;
  max: number;
}) {
  const { point, dateLabel, centre, width, max } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const barWidth = Math.max(1, width * 0.8);
  const stack = [
    ...MATURITY_LEVELS.map(level => ({
      key: `L${level}`,
      count: point.levels[String(level) as '0'] ?? 0,
      color: levelColor(level),
      label: t('scorecardTrend.level', {
        level: String(level),
        services: String(point.levels[String(level) as '0'] ?? 0),
      }),
    })),
    {
      key: 'none',
      count: point.notAssessed,
      color: levelColor(null),
      label: t('scorecardTrend.notAssessed', {
        services: String(point.notAssessed),
      }),
    },
  ];
  const lines = [
    dateLabel,
    ...stack.map(s => s.label),
    t('scorecardTrend.meanScore', { score: formatScore(point.meanScore) }),
    ...(point.atTargetShare !== undefined
      ? [
          t('scorecardTrend.atTarget', {
            share: formatPercent(point.atTargetShare),
          }),
        ]
      : []),
    ...(point.evidenceShare !== undefined
      ? [
          t('scorecardTrend.evidence', {
            share: formatPercent(point.evidenceShare),
          }),
        ]
      : []),
  ];
  let below = 0;
  return (
    <Tooltip
      title={
        <>
          {lines.map(line => (
            <div key={line}>{line}</div>
          ))}
        </>
      }
      placement="top"
    >
      <g
        tabIndex={0}
        role="img"
        aria-label={lines.join('; ')}
        data-testid="trend-point"
      >
        {/* The whole column answers the pointer, not only its bars. */}
        <rect
          x={centre - width / 2}
          y={TOP}
          width={width}
          height={PLOT_HEIGHT}
          fill="transparent"
        />
        {stack.map(s => {
          if (s.count === 0) return null;
          const y = countY(below + s.count, max);
          const height = PLOT_BOTTOM - countY(s.count, max);
          below += s.count;
          return (
            <rect
              key={s.key}
              x={centre - barWidth / 2}
              y={y}
              width={barWidth}
              height={height}
              fill={s.color}
            />
          );
        })}
      </g>
    </Tooltip>
  );
}
