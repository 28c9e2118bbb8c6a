import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AnswerBacking,
  EvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import PersonOutlineIcon from '@material-ui/icons/PersonOutline';
import RateReviewOutlinedIcon from '@material-ui/icons/RateReviewOutlined';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import VerifiedUserOutlinedIcon from '@material-ui/icons/VerifiedUserOutlined';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * A signal's title, linked to where it can be seen when it has a URL. A
 * withheld signal (from a catalog entity the reader may not read) has
 * neither; it is named in the reader's language rather than the API's
 * English.
 */
export function SignalTitle(props: { signal: EvidenceSignal }) {
  const { signal } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (signal.withheld) return <>{t('signalTitle.withheld')}</>;
  if (!signal.url) return <>{signal.title}</>;
  return (
    <Link to={signal.url} target="_blank" rel="noopener noreferrer">
      {signal.title}
    </Link>
  );
}

function statusIcon(backed: boolean, higher: boolean, reviewed: boolean) {
  if (higher) return <TrendingUpIcon aria-hidden />;
  if (backed) return <VerifiedUserOutlinedIcon aria-hidden />;
  if (reviewed) return <RateReviewOutlinedIcon aria-hidden />;
  return <PersonOutlineIcon aria-hidden />;
}

/**
 * Whether an answer is evidence-backed, reviewed or self-reported, in words
 * (not only an icon or colour), with what backs it, and the gentle "above
 * what evidence shows" hint where the answer claims more than its signal.
 * A reviewer's approval is what stands behind an answer without evidence:
 * "Self-reported" beside "Approved by ..." would contradict it.
 */
export function AnswerEvidenceStatus(props: {
  backing: AnswerBacking;
  /** Whether a reviewer approved the answer (its verification's trust). */
  reviewed?: boolean;
}) {
  const { backing } = props;
  const reviewed = props.reviewed === true;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { signal } = backing;
  const backed = backing.status === 'evidence-backed';
  // Evidence of a higher level backs the answer, but a "backed" mark beside
  // a lower answer reads as if the evidence showed that level: say what it
  // shows instead.
  const higher =
    backed && backing.backedBySignal && signal && signal.level > backing.level
      ? signal.level
      : undefined;

  let basis = null;
  if (higher !== undefined && signal) {
    basis = t('answerEvidence.shownBy', {
      title: <SignalTitle signal={signal} />,
    });
  } else if (backing.backedBySignal && signal) {
    basis = t('answerEvidence.bySignal', {
      title: <SignalTitle signal={signal} />,
      level: String(signal.level),
    });
  } else if (backing.backedByLinks) {
    basis = t('answerEvidence.byLinks');
  }
  let label: string = t('answerEvidence.selfReported');
  if (higher !== undefined) {
    label = t('answerEvidence.higher', { level: String(higher) });
  } else if (backed) {
    label = t('answerEvidence.backed');
  } else if (reviewed) {
    label = t('answerEvidence.reviewed');
  }

  return (
    <Box mt={1} data-testid="answer-evidence">
      <Box display="flex" alignItems="center" flexWrap="wrap">
        <Chip
          size="small"
          variant="outlined"
          color={backed && higher === undefined ? 'primary' : 'default'}
          icon={statusIcon(backed, higher !== undefined, reviewed)}
          label={label}
          data-testid="answer-evidence-status"
          style={{ margin: '0 8px 0 0' }}
        />
        {basis && (
          <Typography variant="body2" color="textSecondary" component="span">
            {basis}
          </Typography>
        )}
      </Box>
      {backing.aboveEvidence && signal && (
        <Box
          display="flex"
          alignItems="flex-start"
          mt={0.5}
          data-testid="answer-above-evidence"
        >
          <InfoOutlinedIcon
            fontSize="small"
            color="action"
            aria-hidden
            style={{ marginRight: 4 }}
          />
          <Typography variant="body2" color="textSecondary" component="span">
            {t('answerEvidence.aboveEvidence', {
              title: <SignalTitle signal={signal} />,
              level: String(signal.level),
            })}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
