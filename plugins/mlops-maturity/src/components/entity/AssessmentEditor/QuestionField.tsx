import {
  AssessmentAnswer,
  EvidenceSignal,
  MaturityQuestion,
  isNotApplicable,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { memo } from 'react';
import { AnswerEditor, acceptSignal, setEvidence } from './answerEdits';
import { NoteField, ReasonField } from './AnswerTextFields';
import { EvidenceLinksField } from './EvidenceLinksField';
import { EvidenceSuggestion } from './EvidenceSuggestion';
import { LevelChoiceGroup, NOT_APPLICABLE } from './LevelChoiceGroup';
import { FieldMessages, choiceMessages, messagesAt } from './questionIssues';

export type { AnswerEditor } from './answerEdits';

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
        <LevelChoiceGroup question={question} value={value} onEdit={onEdit} />
        {choiceErrors.map(message => (
          <FormHelperText key={message}>{message}</FormHelperText>
        ))}
      </FormControl>
      {notApplicable && (
        <ReasonField
          question={question}
          reason={answer.reason}
          errors={reasonErrors}
          onEdit={onEdit}
        />
      )}
      <NoteField
        question={question}
        answer={answer}
        errors={noteErrors}
        onEdit={onEdit}
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
