import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { AssessmentDraft } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Timestamp } from '../Timestamp';

/**
 * Shown when a draft save (or discard) was refused because the draft was
 * saved, submitted or discarded by someone else meanwhile: who and when, and
 * the two ways forward. The typed answers stay in the form until the user
 * picks one.
 */
export function DraftConflictNotice(props: {
  latest: AssessmentDraft | undefined;
  busy: boolean;
  onOverwrite: () => void;
  onLoad: () => void;
}) {
  const { latest, busy, onOverwrite, onLoad } = props;
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <>
          <Button
            color="inherit"
            size="small"
            disabled={busy}
            onClick={onOverwrite}
          >
            {latest ? 'Save mine over it' : 'Save mine as a new draft'}
          </Button>
          <Button color="inherit" size="small" disabled={busy} onClick={onLoad}>
            {latest ? 'Load their draft, drop my changes' : 'Drop my changes'}
          </Button>
        </>
      }
    >
      <AlertTitle>The draft changed while you were editing</AlertTitle>
      {latest ? (
        <>
          Version {latest.version} of the draft was saved by{' '}
          <EntityRefLink entityRef={latest.author} defaultKind="User" />{' '}
          <Timestamp value={latest.updatedAt} />.
        </>
      ) : (
        <>The draft was submitted or discarded by someone else.</>
      )}{' '}
      Nothing of yours was saved; your answers are still in the form.
    </Alert>
  );
}
