import { storageApiRef, useApi } from '@backstage/core-plugin-api';
import { useCallback, useEffect, useMemo, useState } from 'react';

/** The storage bucket of the plugin's remembered view settings. */
const BUCKET = 'mlops-maturity';

/**
 * A yes/no view setting remembered for the user through the app's
 * StorageApi (the browser's local storage by default, the user's settings
 * on the backend where the app installs that storage), and `fallback`
 * until one is stored. A value stored elsewhere (another tab) shows here too.
 */
export function useStoredFlag(
  key: string,
  fallback: boolean,
): [boolean, (value: boolean) => void] {
  const storageApi = useApi(storageApiRef);
  const bucket = useMemo(() => storageApi.forBucket(BUCKET), [storageApi]);
  const [value, setValue] = useState<boolean>(() => {
    const stored = bucket.snapshot<boolean>(key);
    return typeof stored.value === 'boolean' ? stored.value : fallback;
  });
  useEffect(() => {
    const subscription = bucket.observe$<boolean>(key).subscribe(snapshot => {
      if (typeof snapshot.value === 'boolean') setValue(snapshot.value);
    });
    return () => subscription.unsubscribe();
  }, [bucket, key]);
  const store = useCallback(
    (next: boolean) => {
      setValue(next);
      // Remembering is a convenience: a storage that refuses it (private
      // mode, a full quota) leaves the setting for this visit only.
      bucket.set(key, next).catch(() => {});
    },
    [bucket, key],
  );
  return [value, store];
}
