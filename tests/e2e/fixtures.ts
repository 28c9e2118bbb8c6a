import { ConsoleMessage, test as base, expect } from '@playwright/test';

/**
 * React's complaints about our own markup. Never allowed: an allow-list entry
 * cannot hide them. (The production build the tests run against drops most
 * of React's development warnings, so these catch what survives it; the
 * unit tests see the rest.)
 */
const REACT_PROBLEMS = [
  /unique "key" prop/,
  /two children with the same key/,
  /validateDOMNesting/,
  /cannot (appear as|be) a descendant of/,
  /cannot contain a nested/,
  /Minified React error/,
];

/**
 * Console errors and warnings of third-party code that the tests accept.
 * Each entry says where the message comes from and why it is not ours to fix.
 * Anything else logged as an error or warning fails the test.
 */
const ALLOWED: Array<{ pattern: RegExp; why: string }> = [
  {
    pattern: /^The following icons were registered as IconComponent/,
    why: "@backstage/plugin-app's DefaultIconsApi, about Backstage's own default icons (brokenImage, catalog, kind:*, ...); the app registers none",
  },
];

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  const where = url ? ` (${url}:${lineNumber})` : '';
  return `${message.type()}: ${message.text()}${where}`;
}

/** Whether a console error or warning fails the test it was logged in. */
export function isConsoleProblem(text: string): boolean {
  if (REACT_PROBLEMS.some(pattern => pattern.test(text))) return true;
  return !ALLOWED.some(({ pattern }) => pattern.test(text));
}

/**
 * Playwright's `test`, with every test failing when the page logged an error
 * or warning that is not allow-listed above, or threw an uncaught error.
 * Specs import `test` and `expect` from here instead of `@playwright/test`.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', message => {
        const type = message.type();
        if (type !== 'error' && type !== 'warning') return;
        if (isConsoleProblem(message.text())) problems.push(describe(message));
      });
      page.on('pageerror', error => {
        problems.push(`uncaught: ${error.stack ?? error.message}`);
      });
      await use(problems);
      expect(problems, 'errors and warnings in the browser console').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

export { expect };
