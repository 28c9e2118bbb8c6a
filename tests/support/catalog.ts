import { CatalogClient } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  defaultMlServiceSelection as SELECTION,
  isMlServiceEntity,
  MLOPS_MATURITY_ENABLED_ANNOTATION,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The catalog of a running backend as one of its users reads it: Backstage's
 * own `CatalogClient`, finding the catalog through the backend's base URL
 * and sending the user's token with every request.
 */
export function catalogClient(baseUrl: string, token: string): CatalogClient {
  return new CatalogClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
    },
    fetchApi: {
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    },
  });
}

/**
 * The refs of the ML services the token's user may read in the catalog
 * (the plugin's default selection, which the example app keeps), sorted:
 * queried a page at a time with the selection's filter and only the
 * fields it needs, then checked as the plugin checks them (the opt-out
 * annotation included).
 */
export async function readableMlServices(
  catalog: CatalogClient,
): Promise<string[]> {
  const refs: string[] = [];
  for await (const page of catalog.streamEntities({
    filter: [
      { kind: SELECTION.kinds, 'spec.type': SELECTION.types },
      { [`metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`]: 'true' },
    ],
    fields: [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.annotations',
      'spec.type',
    ],
    pageSize: 100,
  })) {
    refs.push(
      ...page
        .filter(entity => isMlServiceEntity(entity, SELECTION))
        .map(entity => stringifyEntityRef(entity)),
    );
  }
  return refs.sort();
}

/** Waits until the user's catalog lists at least `count` ML services (the catalog has read the example data). */
export async function waitForCatalogMlServices(
  catalog: CatalogClient,
  count: number,
): Promise<string[]> {
  const deadline = Date.now() + 120_000;
  let seen: string[] = [];
  for (;;) {
    try {
      seen = await readableMlServices(catalog);
      if (seen.length >= count) return seen;
    } catch {
      // the catalog is still starting
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog never listed ${count} ML services (last saw ${seen.length})`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}
