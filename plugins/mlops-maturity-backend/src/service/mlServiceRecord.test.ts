import { Entity } from '@backstage/catalog-model';
import { domainOf, mlServiceRecord, systemOf } from './mlServiceRecord';

const service = (spec: object, relations?: Entity['relations']): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'ranker', namespace: 'search', uid: 'uid-ranker' },
  spec: { type: 'ml-model', ...spec } as Entity['spec'],
  relations,
});

const noDomain = () => null;

describe('mlServiceRecord', () => {
  it('takes the owner from a group relation before a user relation and the spec', () => {
    const owners = (relations: Entity['relations']) =>
      mlServiceRecord(service({ owner: 'team-x' }, relations), noDomain).owner;
    expect(
      owners([
        { type: 'ownedBy', targetRef: 'user:default/Ann' },
        { type: 'ownedBy', targetRef: 'group:default/Team-A' },
      ]),
    ).toBe('group:default/team-a');
    expect(owners([{ type: 'ownedBy', targetRef: 'user:default/Ann' }])).toBe(
      'user:default/ann',
    );
    expect(owners([])).toBe('group:search/team-x');
  });

  it('reads spec refs in the entity namespace and ignores ones it cannot parse', () => {
    const record = mlServiceRecord(
      service({ owner: 'user:ann', system: 'system:', lifecycle: 7 }),
      noDomain,
    );
    expect(record).toMatchObject({
      entityRef: 'component:search/ranker',
      entityUid: 'uid-ranker',
      namespace: 'search',
      owner: 'user:search/ann',
      system: null,
      domain: null,
      lifecycle: null,
      title: null,
    });
  });

  it("prefers the entity's own domain to its system's", () => {
    const resolve = jest.fn(() => 'domain:default/from-system');
    const own = mlServiceRecord(
      service({ system: 'search', domain: 'own' }),
      resolve,
    );
    expect(own).toMatchObject({
      system: 'system:search/search',
      domain: 'domain:search/own',
    });
    expect(resolve).not.toHaveBeenCalled();

    const inherited = mlServiceRecord(service({ system: 'search' }), resolve);
    expect(inherited.domain).toBe('domain:default/from-system');
    expect(resolve).toHaveBeenCalledWith('system:search/search');
  });
});

describe('systemOf and domainOf', () => {
  it('take the relation before the spec field', () => {
    const entity = service({ system: 'spec-system', domain: 'spec-domain' }, [
      { type: 'partOf', targetRef: 'system:default/related' },
      { type: 'partOf', targetRef: 'domain:default/related' },
    ]);
    expect(systemOf(entity)).toBe('system:default/related');
    expect(domainOf(entity)).toBe('domain:default/related');
    expect(systemOf(service({ system: 'spec-system' }))).toBe(
      'system:search/spec-system',
    );
    expect(domainOf(service({}))).toBeNull();
  });
});
