import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { mlopsMaturityTranslationRef } from '../../translation';

/** The backend's limit on a decision's comment. */
const COMMENT_MAX_LENGTH = 2000;
const TITLE_ID = 'review-reject-title';

/** Asks for the comment a rejection needs, then rejects. */
export function RejectDialog(props: {
  question: string;
  busy: boolean;
  onCancel: () => void;
  onReject: (comment: string) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const blank = comment.trim() === '';
  const submit = () => {
    setTouched(true);
    if (!blank) props.onReject(comment.trim());
  };
  return (
    <Dialog
      open
      onClose={props.onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>
        {t('rejectDialog.title', { question: props.question })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{t('rejectDialog.body')}</DialogContentText>
        <TextField
          id="review-reject-comment"
          fullWidth
          multiline
          minRows={3}
          variant="outlined"
          label={t('rejectDialog.comment')}
          value={comment}
          required
          error={touched && blank}
          helperText={
            touched && blank
              ? t('rejectDialog.commentRequired')
              : t('rejectDialog.commentHelp')
          }
          inputProps={{ maxLength: COMMENT_MAX_LENGTH }}
          onChange={e => setComment(e.target.value)}
          onBlur={() => setTouched(true)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>{t('rejectDialog.cancel')}</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={props.busy}
          onClick={submit}
        >
          {t('rejectDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
