import { alertApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import { coreApis } from '@backstage/frontend-plugin-api';

/**
 * Tells the user a write succeeded: a toast in an app of the new frontend
 * system; the alert display in a legacy app, which has no toasts.
 */
export function useSuccessNotice() {
  const apis = useApiHolder();
  const alertApi = useApi(alertApiRef);
  return (title: string, description: string) => {
    const toastApi = apis.get(coreApis.toast);
    if (toastApi) {
      toastApi.post({ title, description, status: 'success', timeout: 8000 });
    } else {
      alertApi.post({
        message: `${title}: ${description}`,
        severity: 'success',
        display: 'transient',
      });
    }
  };
}
