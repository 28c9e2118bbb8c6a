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
  /** The name the catalog shows for an option that is an entity ref, where it has one. */
  names: Record<string, string>;
}

const EMPTY: ScorecardFilterOptions = {
  owner: [],
  system: [],
  domain: [],
  lifecycle: [],
  type: [],
  tag: [],
  names: {},
};

/**
 * The display names of entity refs, in one catalog request: a group's
 * profile display name or an entity's title. Refs the reader may not read
 * (or that have neither) are left out.
 */
async function namesOf(
  catalogApi: typeof catalogApiRef.T,
  refs: string[],
): Promise<Record<string, string>> {
  if (refs.length === 0) return {};
  const { items } = await catalogApi.getEntitiesByRefs({
    entityRefs: refs,
    fields: [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.title',
      'spec.profile.displayName',
    ],
  });
  const names: Record<string, string> = {};
  items.forEach((entity, i) => {
    const name =
      (entity?.spec?.profile as { displayName?: string } | undefined)
        ?.displayName ?? entity?.metadata.title;
    if (name) names[refs[i]] = name;
  });
  return names;
}

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
    const owner = values(services.facets, 'relations.ownedBy');
    const system = values(services.facets, 'relations.partOf', 'system:');
    const domain = values(systems.facets, 'relations.partOf', 'domain:');
    // The rows show display names: the filters offer the same, and still
    // work (by ref) when the names cannot be read.
    const names = await namesOf(catalogApi, [
      ...owner,
      ...system,
      ...domain,
    ]).catch(() => ({}));
    return {
      owner,
      system,
      lifecycle: values(services.facets, 'spec.lifecycle'),
      type: values(services.facets, 'spec.type'),
      tag: values(services.facets, 'metadata.tags'),
      domain,
      names,
    };
  }, [catalogApi, configApi]);
  return value ?? EMPTY;
}
