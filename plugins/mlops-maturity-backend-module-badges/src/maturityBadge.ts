import {
  Badge,
  BadgeContext,
} from '@backstage-community/plugin-badges-backend';
import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * The id of the maturity badge in the badges plugin's URLs, e.g.
 * `/api/badges/entity/<uuid>/mlops-maturity`.
 *
 * @public
 */
export const MLOPS_MATURITY_BADGE_ID = 'mlops-maturity';

/** What the badge tells of one entity. */
export type MaturityBadgeState =
  /** The level is not shown: the badge URL may reach anyone. */
  | { kind: 'private' }
  /** Not an ML service, or an ML service nobody assessed yet. */
  | { kind: 'not-assessed' }
  /** The mlops-maturity backend did not answer. */
  | { kind: 'unavailable' }
  | { kind: 'assessed'; level: MaturityLevelNumber; levelName: string };

const LABEL = 'MLOps maturity';

/** Red to green over the five levels, in shields.io's colours. */
const LEVEL_COLORS: Record<MaturityLevelNumber, string> = {
  0: 'red',
  1: 'orange',
  2: 'yellow',
  3: 'yellowgreen',
  4: 'brightgreen',
};

/** The entity's Maturity tab in the app, where the badge links. */
function maturityTabUrl(context: BadgeContext): string | undefined {
  const entity = context.entity;
  if (!entity) return undefined;
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const appBaseUrl = context.config.getString('app.baseUrl');
  const path = `${namespace}/${entity.kind}/${entity.metadata.name}`;
  return `${appBaseUrl}/catalog/${path.toLocaleLowerCase('en-US')}/maturity`;
}

/**
 * The message and its colour. No description: the badges plugin would put
 * it before the message in the Markdown's alt text.
 */
function messageAndColor(state: MaturityBadgeState): {
  message: string;
  color: string;
} {
  switch (state.kind) {
    case 'assessed':
      return {
        message: `L${state.level} · ${state.levelName}`,
        color: LEVEL_COLORS[state.level],
      };
    case 'not-assessed':
      return {
        message: 'not assessed',
        color: 'lightgrey',
      };
    case 'unavailable':
      return {
        message: 'unavailable',
        color: 'lightgrey',
      };
    default:
      return {
        message: 'private',
        color: 'grey',
      };
  }
}

/** The badge for an entity in the given state, in the badges plugin's form. */
export function maturityBadge(
  context: BadgeContext,
  state: MaturityBadgeState,
): Badge {
  return {
    ...messageAndColor(state),
    kind: 'entity',
    label: LABEL,
    link: maturityTabUrl(context),
    style: context.style ?? 'flat-square',
  };
}
