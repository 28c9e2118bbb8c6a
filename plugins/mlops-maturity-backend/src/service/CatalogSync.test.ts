import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultMlServiceSelection } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { MlServiceRecord } from '../database/MlServiceStore';
import { CatalogSync } from './CatalogSync';

const entity = (
  kind: string,
  name: string,
  spec: object,
  extra: Partial<Entity> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...(extra.metadata ?? {}) },
  spec: spec as Entity['spec'],
  relations: extra.relations,
});

const ENTITIES: Entity[] = [
  entity(
    'System',
    'search',
    { owner: 'team-search', domain: 'commerce' },
    {
      relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
    },
  ),
  entity(
    'Component',
    'ranker',
    {
      type: 'ml-model',
      owner: 'team-search',
      system: 'search',
      lifecycle: 'production',
    },
    {
      metadata: { name: 'ranker', title: 'Search Ranker' },
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/team-search' },
        { type: 'partOf', targetRef: 'system:default/search' },
      ],
    },
  ),
  // No relations yet (not processed): falls back to spec fields.
  entity('Component', 'speller', {
    type: 'ml-service',
    owner: 'user:default/ann',
    system: 'search',
  }),
  entity(
    'Component',
    'batch-job',
    { type: 'service', owner: 'team-x' },
    {
      metadata: {
        name: 'batch-job',
        annotations: { 'mlops.maturity/enabled': 'true' },
      },
    },
  ),
  entity(
    'Component',
    'retired',
    { type: 'ml-model', owner: 'team-x' },
    {
      metadata: {
        name: 'retired',
        annotations: { 'mlops.maturity/enabled': 'false' },
      },
    },
  ),
  entity('Component', 'website', { type: 'website', owner: 'team-x' }),
  entity('Resource', 'gpu-pool', { type: 'ml-service', owner: 'team-x' }),
];

describe('CatalogSync', () => {
  function setup(selection = defaultMlServiceSelection) {
    const written: MlServiceRecord[][] = [];
    const upserted: MlServiceRecord[] = [];
    const store = {
      replaceAll: jest.fn(async (records: MlServiceRecord[]) => {
        written.push(records);
        return { added: records.length, updated: 0, removed: 0 };
      }),
      upsert: jest.fn(async (record: MlServiceRecord) => {
        upserted.push(record);
      }),
    };
    const sync = new CatalogSync({
      catalog: catalogServiceMock({ entities: ENTITIES }),
      auth: mockServices.auth(),
      store: store as any,
      selection,
      logger: mockServices.logger.mock(),
    });
    return { sync, written, upserted };
  }

  it('writes every ML service, resolving owner, system and the system domain', async () => {
    const { sync, written } = setup();
    const result = await sync.syncAll();
    expect(result.total).toBe(3);
    const byName = Object.fromEntries(written[0].map(r => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual([
      'batch-job',
      'ranker',
      'speller',
    ]);
    expect(byName.ranker).toEqual({
      entityRef: 'component:default/ranker',
      kind: 'Component',
      namespace: 'default',
      name: 'ranker',
      title: 'Search Ranker',
      type: 'ml-model',
      owner: 'group:default/team-search',
      system: 'system:default/search',
      domain: 'domain:default/commerce',
      lifecycle: 'production',
    });
    expect(byName.speller).toMatchObject({
      owner: 'user:default/ann',
      system: 'system:default/search',
      domain: 'domain:default/commerce',
      lifecycle: null,
    });
    expect(byName['batch-job']).toMatchObject({
      type: 'service',
      owner: 'group:default/team-x',
      system: null,
    });
  });

  it('follows a configured selection', async () => {
    const { sync, written } = setup({
      kinds: ['Resource'],
      types: ['ml-service'],
    });
    await sync.syncAll();
    expect(written[0].map(r => r.entityRef).sort()).toEqual([
      'component:default/batch-job', // the annotation opts in whatever the kind
      'resource:default/gpu-pool',
    ]);
  });

  it('refreshes a single entity with its domain', async () => {
    const { sync, upserted } = setup();
    await sync.syncOne(ENTITIES[1]);
    expect(upserted).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/ranker',
        domain: 'domain:default/commerce',
      }),
    ]);
  });
});
