import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  MLOPS_MATURITY_ENABLED_ANNOTATION,
  readMlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import useAsync from 'react-use/esm/useAsync';

/** The values each list filter of the scorecard can take. */
export interface ScorecardFilterOptions {
  owner: string[];
  system: string[];
  domain: string[];
  lifecycle: string[];
  type: string[];
  tag: string[];
}

const EMPTY: ScorecardFilterOptions = {
  owner: [],
  system: [],
  domain: [],
  lifecycle: [],
  type: [],
  tag: [],
};

function values(
  facets: Record<string, Array<{ value: string }>>,
  facet: string,
  prefix = '',
): string[] {
  return (facets[facet] ?? [])
    .map(f => f.value)
    .filter(v => v.startsWith(prefix))
    .sort();
}

/**
 * Filter choices from catalog facets of the ML services (owners, systems,
 * lifecycles, types, tags) and of systems (domains). Facets are counted by the catalog, so
 * this costs two requests however many services there are. On failure the
 * filters still accept typed refs.
 */
export function useScorecardFilterOptions(): ScorecardFilterOptions {
  const catalogApi = useApi(catalogApiRef);
  const configApi = useApi(configApiRef);
  const { value } = useAsync(async () => {
    const selection = readMlServiceSelection(configApi);
    const [services, systems] = await Promise.all([
      catalogApi.getEntityFacets({
        filter: [
          { kind: selection.kinds, 'spec.type': selection.types },
          {
            [`metadata.annotations.${MLOPS_MATURITY_ENABLED_ANNOTATION}`]:
              'true',
          },
        ],
        facets: [
          'relations.ownedBy',
          'relations.partOf',
          'spec.lifecycle',
          'spec.type',
          'metadata.tags',
        ],
      }),
      catalogApi.getEntityFacets({
        filter: { kind: 'System' },
        facets: ['relations.partOf'],
      }),
    ]);
    return {
      owner: values(services.facets, 'relations.ownedBy'),
      system: values(services.facets, 'relations.partOf', 'system:'),
      lifecycle: values(services.facets, 'spec.lifecycle'),
      type: values(services.facets, 'spec.type'),
      tag: values(services.facets, 'metadata.tags'),
      domain: values(systems.facets, 'relations.partOf', 'domain:'),
    };
  }, [catalogApi, configApi]);
  return value ?? EMPTY;
}
