import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once since the component mounted.
 * A part below the fold that mounts together with the top of the page
 * renders a frame later with it, so it does not hold that first paint back.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before its paint; a task queued from one, after.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return painted;
}
