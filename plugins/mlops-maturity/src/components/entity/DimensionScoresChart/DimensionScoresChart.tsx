import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  DimensionResult,
  levelBand,
  MATURITY_LEVELS,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { formatScore } from '../../../format/formatScore';
import { formatWeight } from '../../../format/formatShare';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../../shared/LevelBadge';

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 50;
const ROW_HEIGHT = 34;
const TOP = 24;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** x position of a value on the 0-4 scale. */
const x = (value: number) => LABEL_WIDTH + (value / 4) * PLOT_WIDTH;

/** The band [from, to) of each level on the 0-4 scale. */
const BANDS = MATURITY_LEVELS.map(level => ({ level, ...levelBand(level) }));

/**
 * Horizontal bars of each dimension's average level against the level bands,
 * with the dimension's weight in its label.
 */
export function DimensionScoresChart(props: { dimensions: DimensionResult[] }) {
  const { dimensions } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const height = TOP + dimensions.length * ROW_HEIGHT + 8;
  const text = theme.palette.text.primary;
  const muted = theme.palette.text.secondary;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={t('dimensionScoresChart.ariaLabel')}
      style={{ maxWidth: WIDTH, fontFamily: theme.typography.fontFamily }}
    >
      {BANDS.map(band => (
        <g key={band.level}>
          <rect
            x={x(band.from)}
            y={TOP - 4}
            width={x(band.to) - x(band.from)}
            height={dimensions.length * ROW_HEIGHT + 4}
            fill={levelColor(band.level)}
            opacity={band.level % 2 === 0 ? 0.08 : 0.14}
          />
          <text
            x={(x(band.from) + x(band.to)) / 2}
            y={TOP - 8}
            fontSize={11}
            textAnchor="middle"
            fill={muted}
          >
            {t('dimensionScoresChart.band', { level: String(band.level) })}
          </text>
        </g>
      ))}
      {dimensions.map((dimension, index) => {
        const y = TOP + index * ROW_HEIGHT;
        const label = `${dimension.name} (${formatWeight(dimension.weight)})`;
        return (
          <g key={dimension.dimensionId}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW_HEIGHT / 2 + 4}
              fontSize={12}
              textAnchor="end"
              fill={text}
            >
              {label}
            </text>
            {dimension.average === null ? (
              <text
                x={x(0) + 6}
                y={y + ROW_HEIGHT / 2 + 4}
                fontSize={12}
                fill={muted}
                data-testid="dimension-bar"
                aria-label={t('dimensionScoresChart.noApplicableAnswersLabel', {
                  name: dimension.name,
                })}
              >
                {t('dimensionScoresChart.noApplicableAnswers')}
              </text>
            ) : (
              <>
                <rect
                  data-testid="dimension-bar"
                  aria-label={t('dimensionScoresChart.barLabel', {
                    name: dimension.name,
                    average: formatScore(dimension.average),
                    weight: formatWeight(dimension.weight),
                  })}
                  x={x(0)}
                  y={y + 7}
                  width={Math.max(2, x(dimension.average) - x(0))}
                  height={ROW_HEIGHT - 14}
                  rx={3}
                  fill={levelColor(dimension.level)}
                >
                  <title>
                    {`${dimension.name}: ${formatScore(dimension.average)}`}
                  </title>
                </rect>
                <text
                  x={WIDTH - VALUE_WIDTH + 6}
                  y={y + ROW_HEIGHT / 2 + 4}
                  fontSize={12}
                  fill={text}
                >
                  {formatScore(dimension.average)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
