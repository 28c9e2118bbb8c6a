import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentAnswer,
  MaturityModel,
  ReviewQueueItem,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelBadge } from '../shared/LevelBadge';
import { EvidenceLinks } from '../shared/EvidenceLinks';

/** An answer in a few words: its level, or that it does not apply and why. */
function PreviousAnswer(props: { answer: AssessmentAnswer | null }) {
  const { answer } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  let text: string = t('reviewItem.previousNone');
  if (answer && isNotApplicable(answer)) {
    text = t('reviewItem.previousNotApplicable', { reason: answer.reason });
  } else if (answer) {
    text = t('reviewItem.previousLevel', { level: String(answer.level) });
  }
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="review-previous-answer"
    >
      {t('reviewItem.previous')} {text}
    </Typography>
  );
}

/**
 * What a request asks a reviewer to judge: the level claimed or the N/A
 * and its reason, the answer's note and evidence links as submitted, and
 * the answer of the revision before.
 */
export function ReviewedAnswer(props: {
  item: ReviewQueueItem;
  /** The active model, for what the claimed level means; none shows no descriptor. */
  model?: MaturityModel;
}) {
  const { item, model } = props;
  const { answer } = item;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const reason = answer && isNotApplicable(answer) ? answer.reason : '';
  const descriptor =
    item.level === null
      ? undefined
      : model?.questions.find(q => q.id === item.questionId)?.descriptors[
          item.level
        ];
  return (
    <Box data-testid="review-answer">
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        {item.kind === 'not-applicable' ? (
          <>
            <Chip
              size="small"
              label={t('reviewItem.exemption')}
              style={{ margin: 0 }}
            />
            <Typography variant="body1" component="span">
              {t('reviewItem.claimsNotApplicable', { reason })}
            </Typography>
          </>
        ) : (
          <>
            <LevelBadge level={item.level} variant="compact" />
            <Typography variant="body1" component="span">
              {t('reviewItem.claimsLevel', { level: String(item.level) })}
            </Typography>
          </>
        )}
      </Box>
      {descriptor && (
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="review-descriptor"
        >
          {descriptor}
        </Typography>
      )}
      {answer?.note && (
        <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
          {t('reviewItem.note', { note: answer.note })}
        </Typography>
      )}
      <Typography variant="body2" component="div">
        {answer?.evidence && answer.evidence.length > 0 ? (
          <>
            {t('reviewItem.evidence')} <EvidenceLinks links={answer.evidence} />
          </>
        ) : (
          <span>{t('reviewItem.noEvidence')}</span>
        )}
      </Typography>
      <PreviousAnswer answer={item.previousAnswer} />
    </Box>
  );
}
