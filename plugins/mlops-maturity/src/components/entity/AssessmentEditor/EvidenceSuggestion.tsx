import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  AssessmentAnswer,
  EvidenceSignal,
  isEvidenceSuggestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import EmojiObjectsOutlinedIcon from '@material-ui/icons/EmojiObjectsOutlined';
import { useRef } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { SignalTitle } from '../AnswerEvidence';

/**
 * What the evidence shows for one question of the editor. Unanswered, or
 * answered below the signal: "Suggested: L2 — …" with the link and an
 * Accept button; nothing changes until the owner clicks it. Otherwise a
 * quiet line saying whether the evidence backs the answer. A live region,
 * so a screen reader hears the line change when a suggestion is accepted.
 */
export function EvidenceSuggestion(props: {
  questionTitle: string;
  signal: EvidenceSignal;
  answer: AssessmentAnswer | undefined;
  onAccept: () => void;
}) {
  const { questionTitle, signal, answer, onAccept } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const region = useRef<HTMLDivElement>(null);
  const level = String(signal.level);
  const title = <SignalTitle signal={signal} />;
  const answeredLevel =
    answer && !isNotApplicable(answer) ? answer.level : undefined;

  let content;
  if (isEvidenceSuggestion(answer, signal)) {
    const accept = () => {
      onAccept();
      // The button goes away with the suggestion: keep the focus here
      // rather than losing it to the page.
      region.current?.focus();
    };
    content = (
      <Alert
        severity="info"
        icon={<EmojiObjectsOutlinedIcon fontSize="inherit" />}
        action={
          <Button
            color="primary"
            variant="outlined"
            size="small"
            onClick={accept}
            aria-label={t(
              signal.url
                ? 'evidenceSuggestion.acceptWithLinkAriaLabel'
                : 'evidenceSuggestion.acceptAriaLabel',
              { level, question: questionTitle },
            )}
          >
            {t('evidenceSuggestion.accept', { level })}
          </Button>
        }
      >
        <Typography variant="body2" component="div">
          {t('evidenceSuggestion.suggested', { level, title })}
        </Typography>
        {signal.detail && (
          <Typography variant="caption" color="textSecondary" component="div">
            {signal.detail}
          </Typography>
        )}
        {answeredLevel !== undefined && (
          <Typography variant="caption" component="div">
            {t('evidenceSuggestion.answeredBelow', {
              level: String(answeredLevel),
            })}
          </Typography>
        )}
        {!signal.url && (
          <Typography variant="caption" component="div">
            {t('evidenceSuggestion.noLink')}
          </Typography>
        )}
      </Alert>
    );
  } else {
    let verdict = '';
    if (answeredLevel !== undefined) {
      verdict =
        answeredLevel > signal.level
          ? t('evidenceSuggestion.aboveEvidence')
          : t('evidenceSuggestion.backed');
    }
    content = (
      <Typography variant="body2" color="textSecondary">
        {t('evidenceSuggestion.evidence', { level, title })} {verdict}
      </Typography>
    );
  }

  return (
    <div
      ref={region}
      tabIndex={-1}
      role="status"
      aria-label={t('evidenceSuggestion.ariaLabel', {
        question: questionTitle,
      })}
      data-testid="evidence-suggestion"
      style={{ margin: '8px 0', outline: 'none' }}
    >
      {content}
    </div>
  );
}
