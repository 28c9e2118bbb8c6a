import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Timestamp } from '../Timestamp';

/**
 * Shown when a submit was refused because someone else submitted meanwhile:
 * who and when, and the two ways forward. The typed answers stay in the form
 * until the user picks one.
 */
export function ConflictNotice(props: {
  latest: CurrentAssessment | undefined;
  busy: boolean;
  onMerge: () => void;
  onReload: () => void;
}) {
  const { latest, busy, onMerge, onReload } = props;
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
            onClick={onMerge}
          >
            Merge my changes onto the latest
          </Button>
          <Button
            color="inherit"
            size="small"
            disabled={busy}
            onClick={onReload}
          >
            Reload latest, drop my changes
          </Button>
        </>
      }
    >
      <AlertTitle>The assessment changed while you were editing</AlertTitle>
      {latest ? (
        <>
          Revision {latest.revision} was submitted by{' '}
          <EntityRefLink entityRef={latest.author} defaultKind="User" />{' '}
          <Timestamp value={latest.createdAt} />. Nothing of yours was saved;
          your answers are still in the form.
        </>
      ) : (
        <>
          Someone else changed the assessment. Nothing of yours was saved; your
          answers are still in the form.
        </>
      )}
    </Alert>
  );
}
