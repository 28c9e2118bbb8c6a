import { format } from 'node:util';

/**
 * React's development warnings about the markup our components produce: a
 * list without keys, or elements nested where HTML does not allow them. The
 * browser tests run the production bundle, where React strips these, so the
 * unit tests (React in development mode) are where they are caught.
 */
const MARKUP_WARNINGS = [
  /unique "key" prop/,
  /validateDOMNesting/,
  /cannot be a descendant of/,
  /cannot contain a nested/,
  /cannot appear as a (child|descendant) of/,
];

const seen: string[] = [];

/** Records the console.error calls that are markup warnings. */
export function watchReactMarkupWarnings() {
  /* eslint-disable no-console */
  const original = console.error;
  console.error = (...args: unknown[]) => {
    const message = format(...args);
    if (MARKUP_WARNINGS.some(pattern => pattern.test(message))) {
      seen.push(message.split('\n')[0]);
    }
    original(...args);
  };
  /* eslint-enable no-console */
}

/** The markup warnings recorded since the last call, which it clears. */
export function takeReactMarkupWarnings(): string[] {
  return seen.splice(0, seen.length);
}
