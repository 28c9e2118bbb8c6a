import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import { mlopsMaturityTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  status: {
    display: 'inline-flex',
    alignItems: 'center',
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '1rem', margin: theme.spacing(0, 0.25) },
  met: { color: theme.palette.success.main },
  below: { color: theme.palette.error.main },
}));

/**
 * A target level and whether it is met, as "L3 ✓ met" or "L3 ↓ below": the
 * word carries the meaning, the icon's colour only repeats it.
 */
export function TargetStatus(props: {
  level: MaturityLevelNumber;
  met: boolean;
  /** The target's title from app-config, shown as a tooltip. */
  title?: string | null;
}) {
  const { level, met, title } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const Icon = met ? CheckCircleOutlineIcon : ArrowDownwardIcon;
  const status = (
    <span className={classes.status} data-testid="target-status">
      {t('targetStatus.short', { level: String(level) })}{' '}
      <Icon
        className={`${classes.icon} ${met ? classes.met : classes.below}`}
      />
      {met ? t('targetStatus.met') : t('targetStatus.below')}
    </span>
  );
  return title ? <Tooltip title={title}>{status}</Tooltip> : status;
}
