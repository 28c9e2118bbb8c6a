import { render } from '@testing-library/react';
import { takeReactMarkupWarnings } from './reactMarkupWarnings';

describe('the markup warning check of every test', () => {
  it('catches a list without keys and a div inside a paragraph', () => {
    render(
      // Both mistakes on purpose.
      <p>
        <div>
          {['a', 'b'].map(text => (
            // eslint-disable-next-line react/jsx-key
            <span>{text}</span>
          ))}
        </div>
      </p>,
    );
    const warnings = takeReactMarkupWarnings();
    expect(warnings.some(w => /unique "key" prop/.test(w))).toBe(true);
    expect(warnings.some(w => /validateDOMNesting|descendant/.test(w))).toBe(
      true,
    );
  });

  it('lets well-formed markup pass', () => {
    render(
      <ul>
        {['a', 'b'].map(text => (
          <li key={text}>{text}</li>
        ))}
      </ul>,
    );
    expect(takeReactMarkupWarnings()).toEqual([]);
  });
});
