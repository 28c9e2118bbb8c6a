import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { levelColor } from './levelColors';

/**
 * Props of {@link LevelBadge}.
 *
 * @public
 */
export interface LevelBadgeProps {
  /** The level; null shows "Not assessed". */
  level: MaturityLevelNumber | null;
  /** The level's name from the model, e.g. "Automated Training". */
  name?: string;
  /** `full` shows "L2 · Automated Training", `compact` shows "L2" with the name as tooltip. */
  variant?: 'full' | 'compact';
  size?: 'small' | 'medium';
}

/**
 * A coloured chip for a maturity level, red for Level 0 to green for Level 4.
 *
 * @public
 */
export function LevelBadge(props: LevelBadgeProps) {
  const { level, name, variant = 'full', size = 'small' } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (level === null) {
    return (
      <Chip
        size={size}
        variant="outlined"
        label={t('levelBadge.notAssessed')}
        style={{ margin: 0 }}
      />
    );
  }
  const number = String(level);
  const label =
    variant === 'full' && name
      ? t('levelBadge.withName', { level: number, name })
      : t('levelBadge.short', { level: number });
  const chip = (
    <Chip
      size={size}
      label={label}
      aria-label={
        name
          ? t('levelBadge.ariaLabelWithName', { level: number, name })
          : t('levelBadge.ariaLabel', { level: number })
      }
      style={{
        backgroundColor: levelColor(level),
        color: '#fff',
        fontWeight: 600,
        margin: 0,
      }}
    />
  );
  return variant === 'compact' && name ? (
    <Tooltip title={name}>{chip}</Tooltip>
  ) : (
    chip
  );
}
