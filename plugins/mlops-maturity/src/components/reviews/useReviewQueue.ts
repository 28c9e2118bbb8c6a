import { useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mlopsMaturityApiRef } from '../../api';

/** How many requests a page of the queue shows. */
export const REVIEW_PAGE_SIZE = 20;

/**
 * The review queue page by page, oldest first, filtered by owners: the
 * cursors of the pages seen so far make "previous" a step back. A reload
 * (after a decision) keeps the page on screen until the new one arrives.
 */
export function useReviewQueue() {
  const api = useApi(mlopsMaturityApiRef);
  const [owners, setOwners] = useState<string[]>([]);
  const [cursors, setCursors] = useState<Array<string | undefined>>([
    undefined,
  ]);
  const cursor = cursors[cursors.length - 1];
  const state = useAsyncRetry(
    () =>
      api.getReviewQueue({
        owner: owners.length > 0 ? owners : undefined,
        limit: REVIEW_PAGE_SIZE,
        cursor,
      }),
    [api, owners, cursor],
  );
  const nextCursor = state.value?.nextCursor;
  return {
    owners,
    /** A new filter starts from the first page. */
    setOwners: (values: string[]) => {
      setOwners(values);
      setCursors([undefined]);
    },
    page: cursors.length,
    loading: state.loading && !state.value,
    error: state.error,
    items: state.value?.items ?? [],
    reload: state.retry,
    next: nextCursor
      ? () => setCursors(previous => [...previous, nextCursor])
      : undefined,
    previous:
      cursors.length > 1
        ? () => setCursors(previous => previous.slice(0, -1))
        : undefined,
  };
}
