import { mlopsMaturityPlugin } from './plugin';

describe('mlopsMaturityPlugin', () => {
  it('registers the client API under its ref', () => {
    expect(mlopsMaturityPlugin.getId()).toBe('mlops-maturity');
    const apiIds = [...mlopsMaturityPlugin.getApis()].map(f => f.api.id);
    expect(apiIds).toEqual(['plugin.mlops-maturity.service']);
  });
});
