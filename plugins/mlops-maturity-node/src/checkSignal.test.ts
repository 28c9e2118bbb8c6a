import { defaultMaturityModel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { checkSignal } from './checkSignal';

const ASKED_AT = '2026-01-02T03:04:05.000Z';
const check = (extra: object) =>
  checkSignal(
    defaultMaturityModel,
    { questionId: 'rollback', level: 2, title: 'Uses a registry', ...extra },
    'catalog',
    ASKED_AT,
  );

describe('checkSignal: the entities a signal reveals', () => {
  it('keeps them as entity refs, normalised and without repeats', () => {
    expect(
      check({
        relatedEntityRefs: [
          'Resource:Default/MLflow-Registry',
          'resource:mlflow-registry',
          'group:platform/ml-infra',
        ],
      }),
    ).toEqual({
      signal: {
        questionId: 'rollback',
        level: 2,
        title: 'Uses a registry',
        source: 'catalog',
        observedAt: ASKED_AT,
        relatedEntityRefs: [
          'resource:default/mlflow-registry',
          'group:platform/ml-infra',
        ],
      },
    });
  });

  it('leaves the field out when the signal reveals none', () => {
    for (const none of [undefined, []]) {
      const checked = check({ relatedEntityRefs: none });
      expect(checked).toHaveProperty('signal');
      expect('signal' in checked && checked.signal).not.toHaveProperty(
        'relatedEntityRefs',
      );
    }
  });

  it.each([
    ['a ref without a kind', ['mlflow-registry'], '"mlflow-registry"'],
    ['an empty ref', [''], '""'],
    ['a ref that is not a string', [42], '42'],
    ['a malformed ref', ['resource:/x'], '"resource:/x"'],
    ['not a list', 'resource:default/x', '"resource:default/x"'],
    [
      'more than 20',
      Array.from({ length: 21 }, (_, i) => `resource:r${i}`),
      '21 items',
    ],
  ])('drops the signal for %s, naming the value', (_, value, named) => {
    const checked = check({ relatedEntityRefs: value });
    expect(checked).not.toHaveProperty('signal');
    expect('dropped' in checked && checked.dropped).toContain(
      'relatedEntityRefs',
    );
    expect('dropped' in checked && checked.dropped).toContain(named);
  });

  it('takes exactly 20', () => {
    const refs = Array.from({ length: 20 }, (_, i) => `resource:default/r${i}`);
    const checked = check({ relatedEntityRefs: refs });
    expect('signal' in checked && checked.signal.relatedEntityRefs).toEqual(
      refs,
    );
  });
});
