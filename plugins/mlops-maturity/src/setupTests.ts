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
