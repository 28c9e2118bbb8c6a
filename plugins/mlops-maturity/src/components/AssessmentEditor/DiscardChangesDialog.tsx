import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';

const NAMED_AT_MOST = 3;

function changedAnswers(titles: string[]): string {
  const count = titles.length === 1 ? 'one answer' : `${titles.length} answers`;
  const named = titles.slice(0, NAMED_AT_MOST).join(', ');
  const more =
    titles.length > NAMED_AT_MOST
      ? ` and ${titles.length - NAMED_AT_MOST} more`
      : '';
  return `${count} (${named}${more})`;
}

/**
 * Asks before the assessment editor closes with answers that are neither
 * submitted nor saved as the draft. Escape and the backdrop keep editing.
 */
export function DiscardChangesDialog(props: {
  open: boolean;
  /** Titles of the questions whose answers would be lost. */
  changedQuestionTitles: string[];
  hasDraft: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const { open, changedQuestionTitles, hasDraft } = props;
  return (
    <Dialog
      open={open}
      onClose={props.onKeepEditing}
      maxWidth="xs"
      aria-labelledby="discard-changes-title"
      aria-describedby="discard-changes-description"
    >
      <DialogTitle id="discard-changes-title">
        Discard unsaved changes?
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="discard-changes-description">
          You changed {changedAnswers(changedQuestionTitles)} since{' '}
          {hasDraft ? 'the draft was last saved' : 'the editor opened'}. Closing
          now loses these changes; save a draft or submit to keep them.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onDiscard}>Discard</Button>
        <Button
          onClick={props.onKeepEditing}
          color="primary"
          variant="contained"
        >
          Keep editing
        </Button>
      </DialogActions>
    </Dialog>
  );
}
