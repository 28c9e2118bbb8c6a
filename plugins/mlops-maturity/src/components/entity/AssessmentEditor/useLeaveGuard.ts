import { useEffect, useRef } from 'react';

/**
 * The parts of the browser's Navigation API used here; TypeScript's DOM
 * types do not have it yet.
 */
interface NavigateEventLike extends Event {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  readonly destination: { readonly key: string };
}
interface NavigationLike extends EventTarget {
  traverseTo(key: string): unknown;
}

function browserNavigation(): NavigationLike | undefined {
  return (window as { navigation?: NavigationLike }).navigation;
}

/**
 * While `active`, asks before the page is left:
 *
 * - reloading, closing the tab or leaving the app get the browser's own
 *   prompt (`beforeunload`);
 * - Back and Forward within the app call `onLeave` with a function that
 *   carries on with the traversal once the user agreed.
 *
 * The app's React Router is not a data router, so its `useBlocker` is not
 * available, and Backstage's app history has no blocking either. The
 * browser's Navigation API can cancel a same-document traversal, which is
 * what Back is while a modal editor is open (links behind it cannot be
 * clicked). Browsers without that API, or a traversal the browser does not
 * let the page cancel (no user interaction since the last one), go ahead
 * unasked.
 */
export function useLeaveGuard(options: {
  active: boolean;
  onLeave: (proceed: () => void) => void;
}) {
  const { active } = options;
  const onLeave = useRef(options.onLeave);
  onLeave.current = options.onLeave;

  useEffect(() => {
    if (!active) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Browsers that predate preventDefault() here only prompt when it is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);

  useEffect(() => {
    const navigation = browserNavigation();
    if (!active || !navigation) return undefined;
    // Set once the user agreed, so that the traversal they asked for passes.
    let released = false;
    const onNavigate = (event: Event) => {
      const navigate = event as NavigateEventLike;
      if (released || navigate.navigationType !== 'traverse') return;
      if (!navigate.cancelable) return;
      navigate.preventDefault();
      const key = navigate.destination.key;
      onLeave.current(() => {
        released = true;
        navigation.traverseTo(key);
      });
    };
    navigation.addEventListener('navigate', onNavigate);
    return () => navigation.removeEventListener('navigate', onNavigate);
  }, [active]);
}
