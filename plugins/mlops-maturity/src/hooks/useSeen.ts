import { RefObject, useEffect, useState } from 'react';

/**
 * Whether the element has come into the window once (it stays true), so a
 * part far down a page asks for its data only when someone scrolls to it.
 * Where the browser has no IntersectionObserver it counts as seen at once.
 */
export function useSeen(ref: RefObject<Element>): boolean {
  const [seen, setSeen] = useState(
    () => typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return undefined;
    const observer = new IntersectionObserver(entries => {
      if (entries.some(entry => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
