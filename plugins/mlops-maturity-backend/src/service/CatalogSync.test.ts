import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { defaultMlServiceSelection } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  computeScore,
  defaultMaturityModel as model,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { createStores } from '../database/createStores';
import { MlServiceCatalogStore } from '../database/MlServiceCatalogStore';
import { MlServiceRecord } from '../database/scorecardTypes';
import { CatalogSync } from './CatalogSync';
import { readTargets, TargetRule } from './targets';
import { createTestDatabases } from '../testUtils';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';

const entity = (
  kind: string,
  name: string,
  spec: object,
  extra: Partial<Entity> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: {
    name,
    namespace: 'default',
    uid: `uid-${name}`,
    ...(extra.metadata ?? {}),
  },
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
      metadata: { name: 'ranker', title: 'Search Ranker', etag: 'etag-r1' },
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

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('CatalogSync on %p', databaseId => {
  async function setup(
    selection = defaultMlServiceSelection,
    entities = ENTITIES,
    targets: TargetRule[] = [],
  ) {
    const knex = await databases.init(databaseId);
    const { mlServices, headlines, assessments, retention } =
      await createStores({
        database: mockServices.database({ knex }),
      });
    const written: MlServiceRecord[][] = [];
    const upserted: MlServiceRecord[] = [];
    jest
      .spyOn(mlServices, 'replaceAll')
      .mockImplementation(async function replaceAll(this: any, records) {
        written.push(records);
        return MlServiceCatalogStore.prototype.replaceAll.call(
          mlServices,
          records,
        );
      });
    jest.spyOn(mlServices, 'upsert').mockImplementation(async record => {
      upserted.push(record);
      return MlServiceCatalogStore.prototype.upsert.call(mlServices, record);
    });
    const sync = new CatalogSync({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      store: mlServices,
      headlines,
      retention,
      selection,
      targets,
      logger: mockServices.logger.mock(),
    });
    return {
      sync,
      written,
      upserted,
      knex,
      mlServices,
      assessments,
      retention,
    };
  }

  it('writes every ML service, resolving owner, system and the system domain', async () => {
    const { sync, written } = await setup();
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
      entityUid: 'uid-ranker',
      // What the visibility refresh compares with the catalog's.
      entityEtag: 'etag-r1',
      search: expect.arrayContaining([
        { key: 'kind', value: 'component' },
        { key: 'metadata.title', value: 'search ranker' },
        { key: 'relations.ownedby', value: 'group:default/team-search' },
        { key: 'spec.lifecycle', value: 'production' },
      ]),
      kind: 'Component',
      namespace: 'default',
      name: 'ranker',
      title: 'Search Ranker',
      type: 'ml-model',
      owner: 'group:default/team-search',
      system: 'system:default/search',
      domain: 'domain:default/commerce',
      lifecycle: 'production',
      targetLevel: null,
      targetTitle: null,
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

  it("writes each service's target from its catalog data, the system's domain included", async () => {
    const targets = readTargets(
      new ConfigReader({
        mlopsMaturity: {
          targets: [
            { level: 2, title: 'Commerce', filter: { domain: 'commerce' } },
            {
              level: 3,
              filter: { owner: 'team-search', lifecycle: 'production' },
            },
          ],
        },
      }),
    );
    const { sync, written } = await setup(
      defaultMlServiceSelection,
      ENTITIES,
      targets,
    );
    await sync.syncAll();
    expect(
      Object.fromEntries(
        written[0].map(r => [r.name, [r.targetLevel, r.targetTitle]]),
      ),
    ).toEqual({
      ranker: [3, null],
      speller: [2, 'Commerce'],
      'batch-job': [null, null],
    });
  });

  it('follows a configured selection', async () => {
    const { sync, written } = await setup({
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
    const { sync, upserted } = await setup();
    await sync.syncOne(ENTITIES[1]);
    expect(upserted).toEqual([
      expect.objectContaining({
        entityRef: 'component:default/ranker',
        domain: 'domain:default/commerce',
      }),
    ]);
  });

  it('gives earlier data to the entity holding its ref and notes entities that left', async () => {
    const { sync, knex, assessments, retention } = await setup();
    const answers = uniformAnswers(2);
    const submit = (entityRef: string, entityUid: string) =>
      assessments.submit({
        entityRef,
        entityUid,
        baseRevision: null,
        model,
        answers,
        result: computeScore(model, answers),
        author: 'user:default/ann',
      });
    // Stored before uids were recorded, and an entity no longer in the catalog.
    await submit('component:default/ranker', '');
    await submit('component:default/gone', 'uid-gone');

    await sync.syncAll();
    expect(
      (await assessments.getCurrent({
        entityRef: 'component:default/ranker',
        entityUid: 'uid-ranker',
      }))!.revision,
    ).toBe(1);
    const [ranker] = await knex('mlops_maturity_entities')
      .where('entity_ref', 'component:default/ranker')
      .select();
    expect(ranker).toMatchObject({ assessed: 1, revision: 1 });
    expect(await retention.listDeparted(new Date(Date.now() + 1000))).toEqual([
      { entityRef: 'component:default/gone', entityUid: 'uid-gone' },
    ]);
  });
});
