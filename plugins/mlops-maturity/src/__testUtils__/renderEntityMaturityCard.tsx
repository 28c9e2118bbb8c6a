import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { SWRConfig } from 'swr';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../api';
import { EntityMaturityCard } from '../components/entity/EntityMaturityCard';
import { mlServiceEntity } from './maturityFixtures';

/**
 * Renders the Overview card of an entity with an API (a test double or the
 * real client over a fake fetch), as an owner (`canEdit`) or as a reader.
 */
export async function renderEntityMaturityCard(options: {
  api: MlopsMaturityApi;
  canEdit: boolean;
  entity?: Entity;
}) {
  const permissionApi = new MockPermissionApi(() =>
    options.canEdit ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  );
  // A fresh SWR cache per render: usePermission caches decisions globally.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, options.api],
          [permissionApiRef, permissionApi],
        ]}
      >
        <EntityProvider entity={options.entity ?? mlServiceEntity}>
          <EntityMaturityCard />
        </EntityProvider>
      </TestApiProvider>
    </SWRConfig>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
