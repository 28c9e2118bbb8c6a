import { Entity } from '@backstage/catalog-model';
import { configApiRef } from '@backstage/core-plugin-api';
import { mockApis } from '@backstage/test-utils';
import { isMlService } from './isMlService';

const component = (
  type: string,
  annotations?: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations },
  spec: { type },
});

describe('isMlService', () => {
  it('uses the default selection without context', () => {
    expect(isMlService(component('ml-model'))).toBe(true);
    expect(isMlService(component('website'))).toBe(false);
    expect(
      isMlService(component('website', { 'mlops.maturity/enabled': 'true' })),
    ).toBe(true);
  });

  it('reads the selection from config in an EntitySwitch', () => {
    const config = mockApis.config({
      data: { mlopsMaturity: { entities: { types: ['recommender'] } } },
    });
    const apis = {
      get: (ref: { id: string }) =>
        ref.id === configApiRef.id ? config : undefined,
    } as any;
    expect(isMlService(component('recommender'), { apis })).toBe(true);
    expect(isMlService(component('ml-model'), { apis })).toBe(false);
  });
});
