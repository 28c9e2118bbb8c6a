import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import CategoryIcon from '@material-ui/icons/Category';
import PeopleIcon from '@material-ui/icons/People';
import { useMemo } from 'react';
import { useRankingTableStyles } from './rankingTableStyles';

// The catalog's default icons of the kinds the rows link to.
const KIND_ICONS: Record<string, typeof PeopleIcon> = {
  Group: PeopleIcon,
  System: CategoryIcon,
};

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
 * own, subscribes to nothing and has the ref as a plain title instead of
 * a tooltip: at 50 rows with two links each those cost more than the rows'
 * own cells.
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
  const classes = useRankingTableStyles();
  if (!entityRef) return <>–</>;
  const Icon = KIND_ICONS[kind];
  return (
    <Link to={links.href(entityRef)} title={entityRef}>
      <span className={classes.kindName}>
        {Icon && (
          <span className={classes.kindIcon}>
            <Icon fontSize="inherit" />
          </span>
        )}
        {links.name(entityRef, kind)}
      </span>
    </Link>
  );
}
