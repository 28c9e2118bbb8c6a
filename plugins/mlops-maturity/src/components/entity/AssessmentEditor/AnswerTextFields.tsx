import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ANSWER_LIMITS,
  AssessmentAnswer,
  MaturityQuestion,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import TextField from '@material-ui/core/TextField';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { AnswerEditor, setNote, setReason } from './answerEdits';

/** Why a question does not apply, required with N/A. */
export function ReasonField(props: {
  question: MaturityQuestion;
  reason: string;
  errors: string[];
  onEdit: AnswerEditor;
}) {
  const { question, errors: reasonErrors, onEdit } = props;
  const id = question.id;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <TextField
      label={t('questionField.reason')}
      required
      fullWidth
      value={props.reason}
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
  );
}

/** A note on the answer; disabled until the question is answered. */
export function NoteField(props: {
  question: MaturityQuestion;
  answer: AssessmentAnswer | undefined;
  errors: string[];
  onEdit: AnswerEditor;
}) {
  const { question, answer, errors: noteErrors, onEdit } = props;
  const id = question.id;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
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
  );
}
