import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * A warning that a save was refused because someone else changed the same
 * thing meanwhile: what changed, and the ways forward as buttons. Nothing of
 * the user's was saved; their answers stay in the form until they pick one.
 */
export function ChangedMeanwhileNotice(props: {
  title: string;
  /** Who changed what, and when. */
  children: ReactNode;
  busy: boolean;
  actions: Array<{ label: string; onClick: () => void }>;
}) {
  const { title, children, busy, actions } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Alert
      severity="warning"
      role="alert"
      action={
        <>
          {actions.map(({ label, onClick }) => (
            <Button
              key={label}
              color="inherit"
              size="small"
              disabled={busy}
              onClick={onClick}
            >
              {label}
            </Button>
          ))}
        </>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {children} {t('changedMeanwhileNotice.nothingSaved')}
    </Alert>
  );
}
