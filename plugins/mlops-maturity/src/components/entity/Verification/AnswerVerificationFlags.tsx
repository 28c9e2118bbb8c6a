import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityVerificationResponse } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { Timestamp } from '../../shared/Timestamp';
import { AnswerFlag, answerFlags } from './answerFlags';

/** An instant as its date, `YYYY-MM-DD`. */
const dateOf = (iso: string) => iso.slice(0, 10);

/** One flag: a chip for what awaits, a line for what a reviewer decided. */
function Flag(props: { flag: AnswerFlag }) {
  const { flag } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const who = (by: string | null) =>
    by ? <EntityRefLink entityRef={by} defaultKind="User" /> : '–';
  const when = (at: string | null) => (at ? <Timestamp value={at} /> : '');
  const chip = (label: string, color: 'default' | 'secondary' = 'default') => (
    <Chip size="small" variant="outlined" color={color} label={label} />
  );
  const decided = (line: ReactNode, comment: string | null) => (
    <Typography variant="body2" component="div">
      {line}
      {comment && (
        <Box component="blockquote" m={0} ml={2} fontStyle="italic">
          {t('answerVerification.rejectedComment', { comment })}
        </Box>
      )}
    </Typography>
  );
  switch (flag.kind) {
    case 'awaits-review':
      return chip(t('answerVerification.awaitsReview'));
    case 'expired-answer':
      return chip(t('answerVerification.expiredAnswer'), 'secondary');
    case 'exemption-pending':
      return chip(t('answerVerification.exemptionPending'));
    case 'exemption-approved':
      return chip(
        flag.expiresAt
          ? t('answerVerification.exemptionApprovedUntil', {
              date: dateOf(flag.expiresAt),
            })
          : t('answerVerification.exemptionApproved'),
      );
    case 'exemption-expired':
      return chip(
        flag.expiresAt
          ? t('answerVerification.exemptionExpired', {
              date: dateOf(flag.expiresAt),
            })
          : t('answerVerification.exemptionExpiredNoDate'),
        'secondary',
      );
    case 'approved':
      return decided(
        t('answerVerification.approvedBy', {
          reviewer: who(flag.by),
          when: when(flag.at),
        }),
        null,
      );
    case 'rejected':
      return decided(
        t('answerVerification.rejectedBy', {
          reviewer: who(flag.by),
          when: when(flag.at),
        }),
        flag.comment,
      );
    default:
      return decided(
        <>
          {t('answerVerification.exemptionRejected')}
          {flag.by && (
            <>
              {' · '}
              {t('answerVerification.rejectedBy', {
                reviewer: who(flag.by),
                when: when(flag.at),
              })}
            </>
          )}
        </>,
        flag.comment,
      );
  }
}

/** Where one answer stands in the verification; nothing when all is well. */
export function AnswerVerificationFlags(props: {
  verification: EntityVerificationResponse;
  questionId: string;
  notApplicable: boolean;
}) {
  const { verification, questionId, notApplicable } = props;
  const flags = answerFlags(verification, questionId, notApplicable);
  if (flags.length === 0) return null;
  return (
    <Box
      mt={1}
      display="flex"
      flexDirection="column"
      alignItems="flex-start"
      style={{ gap: 4 }}
      data-testid={`answer-verification-${questionId}`}
    >
      {flags.map(flag => (
        <Flag key={flag.kind} flag={flag} />
      ))}
    </Box>
  );
}
