import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { mlopsMaturityAssessmentReviewPermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import {
  ScorecardVisibility,
  Visibility,
} from '../visibility/ScorecardVisibility';
import type { EntityAccess } from './credentialAccess';
import { allowedOnEntity } from './permissionChecks';

/** The check that a caller may read an entity and its assessment (credentialAccess.ts). */
type EntityReader = <TCredentials extends BackstageCredentials>(
  credentials: TCredentials,
  entityRef: string,
) => Promise<EntityAccess<TCredentials>>;

/**
 * The reviewers' checks: which requests of the queue a caller may see, and
 * whether they may decide on an entity's answers. Both need the
 * `mlops.maturity.assessment.review` permission on top of reading.
 */
export function createReviewerAccess(
  options: { permissions: PermissionsService; visibility: ScorecardVisibility },
  entityReader: EntityReader,
) {
  const { permissions, visibility } = options;
  return {
    /**
     * What of the review queue the caller may see: the ML services they may
     * read (as the scorecard) and review, as SQL where the decisions allow.
     */
    reviewQueueViewer: (
      credentials: BackstageCredentials,
    ): Promise<Visibility> =>
      visibility.forCaller(credentials, [
        mlopsMaturityAssessmentReviewPermission,
      ]),

    /**
     * Whether the caller may review this entity's answers (the permission's
     * decision, conditions applied to the entity): only a signed-in user
     * may decide. Throws nothing; the caller checks reading first.
     */
    async mayReview(
      credentials: BackstageCredentials,
      entityRef: string,
    ): Promise<boolean> {
      if (credentials.principal === null) return false;
      if ((credentials.principal as { type?: string }).type !== 'user') {
        return false;
      }
      return allowedOnEntity(
        permissions,
        credentials,
        mlopsMaturityAssessmentReviewPermission,
        entityRef,
      );
    },

    /**
     * A caller who may read this entity (404 or 403 as for every entity
     * route) and review its answers (403 otherwise).
     */
    async entityReviewer<TCredentials extends BackstageCredentials>(
      credentials: TCredentials,
      entityRef: string,
    ): Promise<EntityAccess<TCredentials>> {
      const access = await entityReader(credentials, entityRef);
      const permission = mlopsMaturityAssessmentReviewPermission;
      if (
        !(await allowedOnEntity(
          permissions,
          credentials,
          permission,
          entityRef,
        ))
      ) {
        throw new NotAllowedError(
          `You may not review the answers of ${entityRef}: that needs the ${permission.name} permission on it, which the plugin's policy gives to the reviewers it names for the services they do not own`,
        );
      }
      return access;
    },
  };
}
