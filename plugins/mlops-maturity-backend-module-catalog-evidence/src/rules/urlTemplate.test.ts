import { parseUrlTemplate, renderUrlTemplate } from './urlTemplate';

describe('URL templates', () => {
  it('fills in the value and annotations, with a fallback', () => {
    const template = parseUrlTemplate(
      'https://{{annotation:gitlab.com/instance|gitlab.com}}/{{ value }}/-/pipelines',
    );
    expect(template.annotations).toEqual(['gitlab.com/instance']);
    expect(renderUrlTemplate(template, { value: 'ml/churn' })).toBe(
      'https://gitlab.com/ml/churn/-/pipelines',
    );
    expect(
      renderUrlTemplate(template, {
        value: 'ml/churn',
        annotations: { 'gitlab.com/instance': 'gitlab.acme.com' },
      }),
    ).toBe('https://gitlab.acme.com/ml/churn/-/pipelines');
  });

  it('gives no URL when a placeholder has no value or the result is not http(s)', () => {
    const annotation = parseUrlTemplate(
      'https://{{annotation:acme.com/host}}/x',
    );
    expect(renderUrlTemplate(annotation, {})).toBeUndefined();
    const whole = parseUrlTemplate('{{value}}');
    expect(renderUrlTemplate(whole, { value: 'fraud-model' })).toBeUndefined();
    // Only http(s): a data: or script URL in an annotation gives no link.
    expect(renderUrlTemplate(whole, { value: 'data:text/html,x' })).toBe(
      undefined,
    );
    expect(
      renderUrlTemplate(whole, { value: 'https://mlflow.acme.com/#/m/1' }),
    ).toBe('https://mlflow.acme.com/#/m/1');
  });

  it('keeps the host of the template whatever the value holds', () => {
    const template = parseUrlTemplate('https://github.com/{{value}}');
    const url = renderUrlTemplate(template, { value: '@evil.com/x y' });
    expect(new URL(url!).host).toBe('github.com');
    expect(url).toBe('https://github.com/@evil.com/x%20y');
  });
});
