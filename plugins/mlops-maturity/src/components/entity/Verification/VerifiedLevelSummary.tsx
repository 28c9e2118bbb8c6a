import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityVerificationResponse,
  MaturityModel,
  VerificationGapCount,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { levelName } from '../../../format/modelNames';
import { useReviewsLink } from '../../../hooks/useReviewsLink';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';
import { LevelBadge } from '../../shared/LevelBadge';

/** "2 answers at Level 3 await review", "1 exemption expired". */
export function gapLine(
  gap: VerificationGapCount,
  t: MlopsMaturityTranslation,
): string {
  const count = gap.count;
  const level = String(gap.claimed);
  switch (gap.reason) {
    case 'awaits-review':
      return t('verifiedLevel.awaitsReview', { count, level });
    case 'expired-answer':
      return t('verifiedLevel.expiredAnswer', { count, level });
    case 'exemption-pending':
      return t('verifiedLevel.exemptionPending', { count });
    case 'exemption-expired':
      return t('verifiedLevel.exemptionExpired', { count });
    default:
      return t('verifiedLevel.exemptionRejected', { count });
  }
}

/**
 * The claimed and the verified level side by side, what separates them,
 * and for a reviewer the way to the Reviews page.
 */
export function VerifiedLevelSummary(props: {
  verification: EntityVerificationResponse;
  model: MaturityModel;
}) {
  const { verification: v, model } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const reviewsLink = useReviewsLink();
  return (
    <Box mb={2} data-testid="verified-level">
      <Tooltip
        title={t('verifiedLevel.hint', {
          from: String(v.policy.requiredFromLevel),
        })}
      >
        <Typography variant="overline" color="textSecondary" component="div">
          {t('verifiedLevel.label')}
        </Typography>
      </Tooltip>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <LevelBadge
          level={v.verifiedLevel}
          name={levelName(model, v.verifiedLevel)}
        />
        <Typography
          variant="body1"
          component="span"
          data-testid="verified-level-summary"
        >
          {t('verifiedLevel.summary', {
            claimed: String(v.claimedLevel),
            verified: String(v.verifiedLevel),
          })}
        </Typography>
      </Box>
      {v.gapCounts.length > 0 ? (
        <Box
          component="ul"
          m={0}
          mt={0.5}
          pl={3}
          data-testid="verification-gaps"
        >
          {v.gapCounts.map(gap => (
            <Typography
              component="li"
              variant="body2"
              key={`${gap.reason}-${gap.claimed}`}
            >
              {gapLine(gap, t)}
            </Typography>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('verifiedLevel.noGap')}
        </Typography>
      )}
      {v.canReview && reviewsLink && (
        <Typography variant="body2">
          <Link to={reviewsLink}>{t('verifiedLevel.reviewsLink')}</Link>
        </Typography>
      )}
    </Box>
  );
}
