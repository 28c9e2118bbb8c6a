import '@testing-library/jest-dom';
import {
  takeReactMarkupWarnings,
  watchReactMarkupWarnings,
} from './__testUtils__/reactMarkupWarnings';

// A test whose rendering makes React warn about keys or DOM nesting fails.
watchReactMarkupWarnings();
afterEach(() => {
  const warnings = takeReactMarkupWarnings();
  if (warnings.length > 0) {
    throw new Error(`React warned about the markup:\n${warnings.join('\n')}`);
  }
});

// Rendering whole pages in jsdom takes seconds on a busy two-core machine
// (CI runs the packages' suites in parallel): one generous limit for every
// test of the package rather than Jest's 5 s.
jest.setTimeout(60_000);
