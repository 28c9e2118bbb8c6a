import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { useMemo } from 'react';

/** How the ranking names and links the entities its rows refer to. */
export interface RankingLinks {
  /** The entity's page. */
  href(entityRef: string): string;
  /** The catalog's display name when known, else the ref without the parts the column implies. */
  name(entityRef: string, defaultKind: string): string;
}

/**
 * Links for a page of rows, from the entity route and the display names
 * the scorecard's filters already read (one catalog request for every
 * owner and system). Unlike `EntityRefLink`, a link makes no lookup of its
 * own, subscribes to nothing and has no tooltip or icon: at 50 rows with
 * two links each those cost more than the rows' own cells.
 */
export function useRankingLinks(
  names: Record<string, string> = {},
): RankingLinks {
  const entityRoute = useRouteRef(entityRouteRef);
  return useMemo(
    () => ({
      href: entityRef =>
        entityRoute(entityRouteParams(entityRef, { encodeParams: true })),
      name: (entityRef, defaultKind) =>
        names[entityRef] ??
        // Facet values, which the names are keyed by, are lower case.
        names[entityRef.toLocaleLowerCase('en-US')] ??
        humanizeEntityRef(parseEntityRef(entityRef), { defaultKind }),
    }),
    [entityRoute, names],
  );
}

/** A link to an owner or a system of a ranked row; a dash when it has none. */
export function RankingEntityLink(props: {
  entityRef: string | null;
  kind: string;
  links: RankingLinks;
}) {
  const { entityRef, kind, links } = props;
  if (!entityRef) return <>–</>;
  return <Link to={links.href(entityRef)}>{links.name(entityRef, kind)}</Link>;
}
