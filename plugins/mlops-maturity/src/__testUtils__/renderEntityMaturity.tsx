import { Entity } from '@backstage/catalog-model';
import { AlertDisplay } from '@backstage/core-components';
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
import { EntityMaturityContent } from '../components/entity/EntityMaturityContent';
import { reviewsRouteRef, rootRouteRef } from '../routes';
import { mlServiceEntity } from './maturityFixtures';

/**
 * Renders the Maturity tab of an entity with a test double of the API, as an
 * owner (`canEdit`) or as a reader.
 */
export async function renderEntityMaturity(options: {
  api: MlopsMaturityApi;
  canEdit: boolean;
  entity?: Entity;
}) {
  const permissionApi = new MockPermissionApi(() =>
    options.canEdit ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
  );
  // usePermission caches decisions in a global SWR cache; a fresh cache per
  // render keeps one test's decision from leaking into the next.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [mlopsMaturityApiRef, options.api],
          [permissionApiRef, permissionApi],
        ]}
      >
        <EntityProvider entity={options.entity ?? mlServiceEntity}>
          <EntityMaturityContent />
        </EntityProvider>
        {/* The app's alert display, as the app shell renders it. */}
        <AlertDisplay />
      </TestApiProvider>
    </SWRConfig>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        // The campaigns card links to the campaigns' pages.
        '/mlops-maturity': rootRouteRef,
        // The verified level links reviewers to the Reviews page.
        '/mlops-maturity/reviews': reviewsRouteRef,
      },
    },
  );
}
