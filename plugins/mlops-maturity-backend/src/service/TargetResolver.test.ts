import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readTargets } from './targets';
import { TargetResolver } from './TargetResolver';

const component = (name: string, spec: object): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: spec as Entity['spec'],
});

const SEARCH: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'search', namespace: 'default' },
  spec: { owner: 'team-search', domain: 'commerce' },
};

const targets = readTargets(
  new ConfigReader({
    mlopsMaturity: {
      targets: [
        { level: 2, title: 'Commerce', filter: { domain: 'commerce' } },
        { level: 3, filter: { lifecycle: 'production' } },
      ],
    },
  }),
);

describe('TargetResolver', () => {
  const resolver = new TargetResolver({
    catalog: catalogServiceMock({ entities: [SEARCH] }),
    auth: mockServices.auth(),
    targets,
  });

  it("resolves a target from the domain of the entity's system, asked of the catalog", async () => {
    const speller = component('speller', {
      type: 'ml-service',
      owner: 'team-search',
      system: 'search',
    });
    expect(await resolver.targetOf(speller)).toEqual({
      level: 2,
      title: 'Commerce',
    });
  });

  it("resolves a target from the entity's own fields, and none when no rule matches", async () => {
    expect(
      await resolver.targetOf(
        component('ranker', {
          type: 'ml-model',
          owner: 'team-x',
          lifecycle: 'production',
        }),
      ),
    ).toEqual({ level: 3, title: null });
    expect(
      await resolver.targetOf(
        component('batch-job', { type: 'service', owner: 'team-x' }),
      ),
    ).toBeNull();
  });
});
