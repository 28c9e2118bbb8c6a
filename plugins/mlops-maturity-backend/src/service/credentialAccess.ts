import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  isMlServiceEntity,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { EntityIdentity, identityOf } from '../database/EntityIdentity';
import {
  ScorecardVisibility,
  Visibility,
} from '../visibility/ScorecardVisibility';
import { catalogEntity, mayTouchStoredData } from './catalogEntityLookup';
import { createReviewerAccess } from './reviewerAccess';
import {
  allowedOnEntity,
  requireHolder,
  requireModelReader,
} from './permissionChecks';

/** What the checks on credentials need. */
export interface CredentialAccessOptions {
  /** The plugin's own credentials, to ask the catalog whether an entity exists at all. */
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  selection: MlServiceSelection;
  visibility: ScorecardVisibility;
}

/** An entity a caller may act on, with the identity its data is stored under. */
export interface EntityAccess<TCredentials extends BackstageCredentials> {
  credentials: TCredentials;
  entity: Entity;
  id: EntityIdentity;
}

/**
 * The access checks on credentials already in hand: the same whether they
 * came with an HTTP request or with an action.
 */
export function createCredentialAccess(options: CredentialAccessOptions) {
  const { permissions, catalog, selection, visibility } = options;

  async function entityReader<TCredentials extends BackstageCredentials>(
    credentials: TCredentials,
    entityRef: string,
  ): Promise<EntityAccess<TCredentials>> {
    const entity = await catalogEntity(catalog, entityRef, credentials);
    const permission = mlopsMaturityAssessmentReadPermission;
    if (
      !(await allowedOnEntity(permissions, credentials, permission, entityRef))
    ) {
      throw new NotAllowedError(
        `You may not read the maturity assessment of ${entityRef}`,
      );
    }
    return { credentials, entity, id: identityOf(entity) };
  }

  return {
    modelReader: (credentials: BackstageCredentials) =>
      requireModelReader(permissions, credentials),

    entityReader,

    async entityUpdater(
      credentials: BackstageCredentials<BackstageUserPrincipal>,
      entityRef: string,
    ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
      const entity = await catalogEntity(catalog, entityRef, credentials);
      requireMlService(entity, entityRef, selection);
      const permission = mlopsMaturityAssessmentUpdatePermission;
      if (
        !(await allowedOnEntity(
          permissions,
          credentials,
          permission,
          entityRef,
        ))
      ) {
        const owner =
          typeof entity.spec?.owner === 'string'
            ? ` (${entity.spec.owner})`
            : '';
        throw new NotAllowedError(
          `You may not update the maturity assessment of ${entityRef}; only its owners${owner} may`,
        );
      }
      return { credentials, entity, id: identityOf(entity) };
    },

    async scorecardViewer(
      credentials: BackstageCredentials,
    ): Promise<{ credentials: BackstageCredentials; visibility: Visibility }> {
      return {
        credentials,
        visibility: await visibility.forCaller(credentials),
      };
    },

    ...createReviewerAccess(options, entityReader),

    holder: (
      credentials: BackstageCredentials,
      permission: BasicPermission,
      refusal: string,
    ) => requireHolder(permissions, credentials, permission, refusal),

    mayTouchStoredData: (
      credentials: BackstageCredentials,
      entityRef: string,
    ) => mayTouchStoredData(options, credentials, entityRef),
  };
}

/** The checks of {@link createCredentialAccess}. */
export type CredentialAccess = ReturnType<typeof createCredentialAccess>;

/** 400 unless the entity is an ML service of the selection. */
function requireMlService(
  entity: Entity,
  entityRef: string,
  selection: MlServiceSelection,
): void {
  if (!isMlServiceEntity(entity, selection)) {
    throw new InputError(
      `path: ${entityRef} is not an ML service: it must be one of the kinds [${selection.kinds.join(
        ', ',
      )}] with spec.type one of [${selection.types.join(
        ', ',
      )}], or carry the annotation mlops.maturity/enabled: "true"`,
    );
  }
}

/**
 * The credentials as a signed-in user's; 403 for any other principal (a
 * service acting alone may not update).
 */
export function requireSignedInUser(
  credentials: BackstageCredentials,
  entityRef: string,
): BackstageCredentials<BackstageUserPrincipal> {
  const { type } = credentials.principal as { type: string };
  if (type !== 'user') {
    throw new NotAllowedError(
      `You may not update the maturity assessment of ${entityRef}: only a signed-in user may, not a ${type} principal`,
    );
  }
  return credentials as BackstageCredentials<BackstageUserPrincipal>;
}
