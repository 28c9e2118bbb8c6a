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

/**
 * Whether an answer is evidence-backed or self-reported, in words (not only
 * an icon or colour), with what backs it, and the gentle "above what
 * evidence shows" hint where the answer claims more than its signal.
 */
export function AnswerEvidenceStatus(props: { backing: AnswerBacking }) {
  const { backing } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { signal } = backing;
  const backed = backing.status === 'evidence-backed';

  let basis = null;
  if (backing.backedBySignal && signal) {
    const higher = signal.level > backing.level;
    basis = t(
      higher ? 'answerEvidence.bySignalHigher' : 'answerEvidence.bySignal',
      {
        title: <SignalTitle signal={signal} />,
        level: String(signal.level),
      },
    );
  } else if (backing.backedByLinks) {
    basis = t('answerEvidence.byLinks');
  }

  return (
    <Box mt={1} data-testid="answer-evidence">
      <Box display="flex" alignItems="center" flexWrap="wrap">
        <Chip
          size="small"
          variant="outlined"
          color={backed ? 'primary' : 'default'}
          icon={
            backed ? (
              <VerifiedUserOutlinedIcon aria-hidden />
            ) : (
              <PersonOutlineIcon aria-hidden />
            )
          }
          label={
            backed
              ? t('answerEvidence.backed')
              : t('answerEvidence.selfReported')
          }
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
