import { ConfigReader } from '@backstage/config';
import {
  isMlServiceEntity,
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  readMlServiceSelection,
} from './mlServices';

const component = (type: string, annotations?: Record<string, string>) => ({
  kind: 'Component',
  metadata: { annotations },
  spec: { type },
});

describe('isMlServiceEntity', () => {
  it('selects Components of the ML types by default', () => {
    expect(isMlServiceEntity(component('ml-service'))).toBe(true);
    expect(isMlServiceEntity(component('ml-model'))).toBe(true);
    expect(isMlServiceEntity(component('ml-pipeline'))).toBe(true);
    expect(isMlServiceEntity(component('service'))).toBe(false);
    expect(
      isMlServiceEntity({
        kind: 'API',
        metadata: {},
        spec: { type: 'ml-service' },
      }),
    ).toBe(false);
  });

  it('lets the annotation opt an entity in or out', () => {
    expect(
      isMlServiceEntity(
        component('service', { [MLOPS_MATURITY_ENABLED_ANNOTATION]: 'true' }),
      ),
    ).toBe(true);
    expect(
      isMlServiceEntity(
        component('ml-model', { [MLOPS_MATURITY_ENABLED_ANNOTATION]: 'false' }),
      ),
    ).toBe(false);
  });

  it('reads kinds and types from config', () => {
    const selection = readMlServiceSelection(
      new ConfigReader({
        mlopsMaturity: { entities: { kinds: ['Resource'], types: ['model'] } },
      }),
    );
    expect(selection).toEqual({ kinds: ['Resource'], types: ['model'] });
    expect(
      isMlServiceEntity(
        { kind: 'resource', metadata: {}, spec: { type: 'model' } },
        selection,
      ),
    ).toBe(true);
    expect(isMlServiceEntity(component('ml-service'), selection)).toBe(false);
    expect(readMlServiceSelection(new ConfigReader({}))).toEqual({
      kinds: ['Component'],
      types: ['ml-service', 'ml-model', 'ml-pipeline'],
    });
  });
});
