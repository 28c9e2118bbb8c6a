import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ANSWER_LIMITS,
  AssessmentAnswer,
  AssessmentAnswers,
  EvidenceSignal,
  MaturityLevelNumber,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { memo } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';
import {
  acceptSignal,
  chooseLevel,
  chooseNotApplicable,
  setEvidence,
  setNote,
  setReason,
} from './answerEdits';
import { EvidenceLinksField } from './EvidenceLinksField';
import { EvidenceSuggestion } from './EvidenceSuggestion';
import { FieldMessages, choiceMessages, messagesAt } from './questionIssues';

const NOT_APPLICABLE = 'na';

/** Applies an edit of one question's answer to all answers. */
export type AnswerEditor = (
  questionId: string,
  change: (answers: AssessmentAnswers) => AssessmentAnswers,
) => void;

/**
 * One question of the questionnaire: what the evidence shows (a suggestion
 * to accept, when it shows more than answered), its five level descriptors
 * and N/A as radio choices, the N/A reason, a note and evidence links.
 * Memoised: an edit re-renders only the question it touches.
 */
export const QuestionField = memo(function QuestionFieldView(props: {
  question: MaturityQuestion;
  answer: AssessmentAnswer | undefined;
  messages?: FieldMessages;
  liveMessages?: FieldMessages;
  /** Shown when a merge kept this answer although the latest changed it too. */
  mergeWarning?: string;
  /** The question's evidence signal, when a provider found one. */
  signal?: EvidenceSignal;
  onEdit: AnswerEditor;
}) {
  const {
    question,
    answer,
    messages,
    liveMessages,
    mergeWarning,
    signal,
    onEdit,
  } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const id = question.id;
  const notApplicable = answer !== undefined && isNotApplicable(answer);
  let value = '';
  if (answer)
    value = notApplicable
      ? NOT_APPLICABLE
      : String((answer as { level: number }).level);
  const choiceErrors = choiceMessages(messages);
  const reasonErrors = messagesAt(messages, 'reason');
  const noteErrors = messagesAt(messages, 'note');
  const labelId = `question-${question.id}-label`;

  return (
    <Box py={2} data-testid={`question-${question.id}`}>
      <FormControl
        component="fieldset"
        error={choiceErrors.length > 0}
        fullWidth
      >
        <FormLabel component="legend" id={labelId}>
          <Typography variant="subtitle1" component="span" color="textPrimary">
            {question.title}
          </Typography>
          <Typography variant="body2" component="span" color="textSecondary">
            {' — '}
            {question.prompt}
          </Typography>
        </FormLabel>
        {mergeWarning && (
          <Box my={1}>
            <Alert severity="warning">{mergeWarning}</Alert>
          </Box>
        )}
        {signal && (
          <EvidenceSuggestion
            questionTitle={question.title}
            signal={signal}
            answer={answer}
            onAccept={() => onEdit(id, a => acceptSignal(a, id, signal))}
          />
        )}
        <RadioGroup
          aria-label={question.title}
          value={value}
          onChange={e => {
            const choice = e.target.value;
            onEdit(id, a =>
              choice === NOT_APPLICABLE
                ? chooseNotApplicable(a, id)
                : chooseLevel(a, id, Number(choice) as MaturityLevelNumber),
            );
          }}
        >
          {question.descriptors.map((descriptor, level) => (
            <FormControlLabel
              key={level}
              value={String(level)}
              control={<Radio size="small" />}
              label={t('questionField.levelOption', {
                level: String(level),
                descriptor,
              })}
            />
          ))}
          <FormControlLabel
            value={NOT_APPLICABLE}
            control={<Radio size="small" />}
            label={t('questionField.notApplicableOption')}
          />
        </RadioGroup>
        {choiceErrors.map(message => (
          <FormHelperText key={message}>{message}</FormHelperText>
        ))}
      </FormControl>
      {notApplicable && (
        <TextField
          label={t('questionField.reason')}
          required
          fullWidth
          value={answer.reason}
          onChange={e => {
            const reason = e.target.value;
            onEdit(id, a => setReason(a, id, reason));
          }}
          error={reasonErrors.length > 0}
          helperText={reasonErrors.join(' ') || undefined}
          inputProps={{
            'aria-label': t('questionField.reasonAriaLabel', {
              question: question.title,
            }),
            maxLength: ANSWER_LIMITS.reasonMaxLength,
          }}
          margin="dense"
          variant="outlined"
        />
      )}
      <TextField
        label={t('questionField.note')}
        fullWidth
        multiline
        minRows={1}
        value={answer?.note ?? ''}
        disabled={!answer}
        onChange={e => {
          const note = e.target.value;
          onEdit(id, a => setNote(a, id, note));
        }}
        error={noteErrors.length > 0}
        helperText={
          noteErrors.join(' ') ||
          (answer ? undefined : t('questionField.noteNeedsAnswer'))
        }
        inputProps={{
          'aria-label': t('questionField.noteAriaLabel', {
            question: question.title,
          }),
          maxLength: ANSWER_LIMITS.noteMaxLength,
        }}
        margin="dense"
        variant="outlined"
      />
      <EvidenceLinksField
        questionTitle={question.title}
        links={answer?.evidence ?? []}
        disabled={!answer}
        messages={messages}
        liveMessages={liveMessages}
        onChange={links => onEdit(id, a => setEvidence(a, id, links))}
      />
    </Box>
  );
});
