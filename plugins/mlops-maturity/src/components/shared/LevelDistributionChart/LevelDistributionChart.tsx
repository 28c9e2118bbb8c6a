import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MATURITY_LEVELS,
  MaturityModel,
  ScorecardResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { levelName } from '../../../format/modelNames';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../LevelBadge';

const WIDTH = 360;
const HEIGHT = 150;
const TOP = 18;
const BOTTOM = 22;
const GAP = 10;

type Distribution = ScorecardResponse['levelDistribution'];

/**
 * Services per level (L0-L4) and not assessed, as vertical bars; the level
 * names come from `model` when it is given. Another distribution of levels
 * (the verified one) names its last bar and itself with `none`, `ariaLabel`
 * and `barTestId`.
 */
export function LevelDistributionChart(props: {
  distribution: Distribution;
  model?: MaturityModel;
  /** The last bar's short label and meaning; "not assessed" by default. */
  none?: { label: string; description: string };
  ariaLabel?: string;
  barTestId?: string;
}) {
  const { distribution, model } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const columns = [
    ...MATURITY_LEVELS.map(level => {
      const name = levelName(model, level);
      return {
        key: `L${level}`,
        label: t('levelDistributionChart.column', { level: String(level) }),
        description: name
          ? t('levelDistributionChart.levelWithName', {
              level: String(level),
              name,
            })
          : t('levelDistributionChart.level', { level: String(level) }),
        count: distribution.levels[String(level) as '0'] ?? 0,
        color: levelColor(level),
      };
    }),
    {
      key: 'none',
      label: props.none?.label ?? t('levelDistributionChart.notAssessedColumn'),
      description:
        props.none?.description ?? t('levelDistributionChart.notAssessed'),
      count: distribution.notAssessed,
      color: levelColor(null),
    },
  ];
  // Another distribution's bars say which one they are part of.
  const barPrefix = props.ariaLabel ? `${props.ariaLabel}, ` : '';
  const max = Math.max(1, ...columns.map(c => c.count));
  const barWidth = (WIDTH - GAP * (columns.length + 1)) / columns.length;
  const plotHeight = HEIGHT - TOP - BOTTOM;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={props.ariaLabel ?? t('levelDistributionChart.ariaLabel')}
      style={{ maxWidth: WIDTH, fontFamily: theme.typography.fontFamily }}
    >
      {columns.map((column, i) => {
        const h = (column.count / max) * plotHeight;
        const x = GAP + i * (barWidth + GAP);
        return (
          <g key={column.key}>
            <rect
              data-testid={props.barTestId ?? 'level-distribution-bar'}
              aria-label={`${barPrefix}${column.description}: ${column.count}`}
              x={x}
              y={TOP + plotHeight - h}
              width={barWidth}
              height={h}
              fill={column.color}
              rx={2}
            >
              <title>{`${barPrefix}${column.description}: ${column.count}`}</title>
            </rect>
            <text
              x={x + barWidth / 2}
              y={TOP + plotHeight - h - 4}
              fontSize={11}
              textAnchor="middle"
              fill={theme.palette.text.primary}
            >
              {column.count}
            </text>
            <text
              x={x + barWidth / 2}
              y={HEIGHT - 6}
              fontSize={11}
              textAnchor="middle"
              fill={theme.palette.text.secondary}
            >
              {column.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
