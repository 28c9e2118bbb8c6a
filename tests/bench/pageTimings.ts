import { CDPSession, Page } from 'playwright-core';
import { CpuProfile } from './cpuProfile';

/** What the page reports about one full page load, times in ms from navigation start. */
export interface NavigationSample {
  /** The target element is in the DOM (MutationObserver). */
  inDom: number;
  /** The next animation frame after that: the frame that paints it. */
  shown: number;
  responseEnd: number;
  domContentLoaded: number;
  resources: Array<{
    name: string;
    start: number;
    end: number;
    /** 0 when served from the browser cache. */
    transferSize: number;
  }>;
  /** Main-thread tasks over 50 ms. */
  longTasks: Array<{ start: number; duration: number }>;
  /** With `profile`: a V8 CPU profile from just before page.goto to the mark. */
  profile?: CpuProfile;
}

export type Mark = 'firstRow' | 'headline';

/**
 * Installed in every document before its own scripts run: records when the
 * first scorecard row and the Maturity tab's level headline (the first chip
 * reading "L<n> · <name>", what the e2e tests call the headline) enter the
 * DOM, the frame after, and the long tasks on the way.
 */
export const OBSERVER_SCRIPT = `(() => {
  const marks = { longTasks: [] };
  window.__bench = marks;
  performance.setResourceTimingBufferSize(2000);
  const found = {
    firstRow: () => document.querySelector('[data-testid="scorecard-row"]'),
    headline: () => Array.from(document.querySelectorAll('.MuiChip-label'))
      .some(el => /^L\\d · /.test(el.textContent || '')),
  };
  const check = () => {
    for (const key of Object.keys(found)) {
      if (marks[key] === undefined && found[key]()) {
        marks[key] = performance.now();
        requestAnimationFrame(() => { marks[key + 'Shown'] = performance.now(); });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

/**
 * One full page load of `path` in a page whose context has OBSERVER_SCRIPT,
 * until `mark` is shown; with `profile`, under V8's sampling profiler.
 */
export async function measureNavigation(
  page: Page,
  cdp: CDPSession,
  path: string,
  mark: Mark,
  options: { profile?: boolean } = {},
): Promise<NavigationSample> {
  // Let the previous page finish its requests, so they do not overlap this load.
  await page
    .waitForLoadState('networkidle', { timeout: 10_000 })
    .catch(() => undefined);
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  let profile: CpuProfile | undefined;
  try {
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(
      key => (window as any).__bench?.[`${key}Shown`] !== undefined,
      mark,
      { timeout: 60_000, polling: 20 },
    );
  } finally {
    if (options.profile) {
      profile = (await cdp.send('Profiler.stop')).profile;
      await cdp.send('Profiler.disable');
    }
  }
  const sample = await page.evaluate(key => {
    const marks = (window as any).__bench;
    const nav = performance.getEntriesByType(
      'navigation',
    )[0] as PerformanceNavigationTiming;
    return {
      inDom: marks[key] as number,
      shown: marks[`${key}Shown`] as number,
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      resources: (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).map(r => ({
        name: r.name,
        start: r.startTime,
        end: r.responseEnd,
        transferSize: r.transferSize,
      })),
      longTasks: marks.longTasks,
    };
  }, mark);
  return { ...sample, profile };
}
