import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  LEVEL_BOUNDARIES,
  MATURITY_LEVELS,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { useTheme } from '@material-ui/core/styles';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from '../../shared/LevelBadge';
import { LEFT, RIGHT, WIDTH, y } from './trendGeometry';

/** The 0-4 scale: the level boundaries, the level bands and the ticks. */
export function TrendScale() {
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const muted = theme.palette.text.secondary;
  return (
    <>
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
    </>
  );
}
