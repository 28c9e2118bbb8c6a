import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import {
  MlopsMaturityTranslation,
  mlopsMaturityTranslationRef,
} from '../../../translation';

const NAMED_AT_MOST = 3;

function changedAnswers(titles: string[], t: MlopsMaturityTranslation) {
  const named = titles.slice(0, NAMED_AT_MOST).join(', ');
  const questions =
    titles.length > NAMED_AT_MOST
      ? t('discardChangesDialog.questionsAndMore', {
          questions: named,
          more: String(titles.length - NAMED_AT_MOST),
        })
      : named;
  return t('discardChangesDialog.answers', {
    count: titles.length,
    questions,
  });
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
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const answers = changedAnswers(changedQuestionTitles, t);
  return (
    <Dialog
      open={open}
      onClose={props.onKeepEditing}
      maxWidth="xs"
      aria-labelledby="discard-changes-title"
      aria-describedby="discard-changes-description"
    >
      <DialogTitle id="discard-changes-title">
        {t('discardChangesDialog.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="discard-changes-description">
          {hasDraft
            ? t('discardChangesDialog.sinceDraftSaved', { answers })
            : t('discardChangesDialog.sinceOpened', { answers })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onDiscard}>
          {t('discardChangesDialog.discard')}
        </Button>
        <Button
          onClick={props.onKeepEditing}
          color="primary"
          variant="contained"
        >
          {t('discardChangesDialog.keepEditing')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
