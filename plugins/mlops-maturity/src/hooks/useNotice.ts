import { alertApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import { coreApis } from '@backstage/frontend-plugin-api';

/** How a notice reads: a success, a warning, or a failure. */
export type NoticeStatus = 'success' | 'warning' | 'danger';

const SEVERITY = {
  success: 'success',
  warning: 'warning',
  danger: 'error',
} as const;

/**
 * Tells the user how a write went: a toast in an app of the new frontend
 * system; the alert display in a legacy app, which has no toasts. Failures
 * stay until dismissed; the rest go away by themselves.
 */
export function useNotice() {
  const apis = useApiHolder();
  const alertApi = useApi(alertApiRef);
  return (status: NoticeStatus, title: string, description: string) => {
    const toastApi = apis.get(coreApis.toast);
    const lasting = status === 'danger';
    if (toastApi) {
      toastApi.post({
        title,
        description,
        status,
        timeout: lasting ? undefined : 8000,
      });
    } else {
      alertApi.post({
        message: `${title}: ${description}`,
        severity: SEVERITY[status],
        display: lasting ? 'permanent' : 'transient',
      });
    }
  };
}
