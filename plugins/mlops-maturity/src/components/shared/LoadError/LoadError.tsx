import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * What the server said, not only its status: the message of the error it
 * sent (a 503 from a proxy has none, and then the status says it all).
 */
function describe(error: Error): { status?: string; message: string } {
  if (!ResponseError.is(error)) return { message: error.message };
  const status = `${error.statusCode} ${error.statusText}`.trim();
  const sent = error.cause?.message?.trim();
  const own = sent && !sent.startsWith('Request failed with') ? sent : '';
  return { status, message: own };
}

/**
 * A request that failed: what failed, the server's own message, and a Retry
 * button when the caller can load again.
 */
export function LoadError(props: { error: Error; onRetry?: () => void }) {
  const { error, onRetry } = props;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { status, message } = describe(error);
  return (
    <Alert
      severity="error"
      data-testid="load-error"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('loadError.retry')}
          </Button>
        )
      }
    >
      <AlertTitle>
        {status
          ? t('loadError.titleWithStatus', { status })
          : t('loadError.title')}
      </AlertTitle>
      {message}
    </Alert>
  );
}
