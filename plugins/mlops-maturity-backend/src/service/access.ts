import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  isMlServiceEntity,
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  MlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { Request as ExpressRequest } from 'express';

/**
 * A request on any of the plugin's routes, whatever the spec types its
 * params, query and body as: only the caller's credentials are read from it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's request
type Request = ExpressRequest<any, any, any, any>;
import { EntityIdentity, identityOf } from '../database/EntityIdentity';
import {
  ScorecardVisibility,
  Visibility,
} from '../visibility/ScorecardVisibility';

/** What the access checks need. */
export interface AccessOptions {
  httpAuth: HttpAuthService;
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
 * Who the caller is and what they may do, for every route: reading follows
 * what the catalog lets the caller read, narrowed by the plugin's read
 * permission; writing needs the update permission on the entity.
 */
export function createAccess(options: AccessOptions) {
  const { httpAuth, auth, permissions, catalog, selection, visibility } =
    options;

  const caller = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  async function catalogEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    // The catalog answers with the caller's credentials: an entity they may
    // not read is one that does not exist for them.
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`Entity ${entityRef} is not in the catalog`);
    }
    return entity;
  }

  async function allowed(
    credentials: BackstageCredentials,
    permission:
      | typeof mlopsMaturityAssessmentReadPermission
      | typeof mlopsMaturityAssessmentUpdatePermission,
    entityRef: string,
  ) {
    const [decision] = await permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  async function modelReaderFor(credentials: BackstageCredentials) {
    const [decision] = await permissions.authorizeConditional(
      [{ permission: mlopsMaturityAssessmentReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError('You may not read MLOps maturity assessments');
    }
    return credentials;
  }

  async function entityReaderFor(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<EntityAccess<BackstageCredentials>> {
    const entity = await catalogEntity(entityRef, credentials);
    if (
      !(await allowed(
        credentials,
        mlopsMaturityAssessmentReadPermission,
        entityRef,
      ))
    ) {
      throw new NotAllowedError(
        `You may not read the maturity assessment of ${entityRef}`,
      );
    }
    return { credentials, entity, id: identityOf(entity) };
  }

  async function entityUpdaterFor(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    entityRef: string,
  ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
    const entity = await catalogEntity(entityRef, credentials);
    if (!isMlServiceEntity(entity, selection)) {
      throw new InputError(
        `path: ${entityRef} is not an ML service: it must be one of the kinds [${selection.kinds.join(
          ', ',
        )}] with spec.type one of [${selection.types.join(
          ', ',
        )}], or carry the annotation mlops.maturity/enabled: "true"`,
      );
    }
    if (
      !(await allowed(
        credentials,
        mlopsMaturityAssessmentUpdatePermission,
        entityRef,
      ))
    ) {
      const owner =
        typeof entity.spec?.owner === 'string' ? ` (${entity.spec.owner})` : '';
      throw new NotAllowedError(
        `You may not update the maturity assessment of ${entityRef}; only its owners${owner} may`,
      );
    }
    return { credentials, entity, id: identityOf(entity) };
  }

  /**
   * Whether the caller may act on the stored data of an entity ref as an
   * admin: when they may read the entity in the catalog, or when it is not
   * in the catalog at all (its data outlived it). An entity that exists but
   * is hidden from them is not theirs to touch, nor to learn about.
   */
  async function mayTouchStoredDataFor(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<boolean> {
    if (await catalog.getEntityByRef(entityRef, { credentials })) return true;
    const own = await auth.getOwnServiceCredentials();
    const existing = await catalog.getEntityByRef(entityRef, {
      credentials: own,
    });
    return existing === undefined;
  }

  async function holderFor(
    credentials: BackstageCredentials,
    permission: BasicPermission,
    refusal: string,
  ): Promise<BackstageCredentials> {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(refusal);
    }
    return credentials;
  }

  async function scorecardViewerFor(credentials: BackstageCredentials) {
    return { credentials, visibility: await visibility.forCaller(credentials) };
  }

  return {
    /** The caller of a request: a user or a service. */
    caller,

    /** The signed-in user of a request; 401 for anyone else. */
    user: (req: Request) => httpAuth.credentials(req, { allow: ['user'] }),

    /** A caller allowed to read the model (anything but a DENY of the read permission). */
    async modelReader(req: Request): Promise<BackstageCredentials> {
      return modelReaderFor(await caller(req));
    },

    /** A caller who may read this entity in the catalog and its assessment. */
    async entityReader(
      req: Request,
      entityRef: string,
    ): Promise<EntityAccess<BackstageCredentials>> {
      return entityReaderFor(await caller(req), entityRef);
    },

    /** A signed-in user allowed to update this ML service's assessment. */
    async entityUpdater(
      req: Request,
      entityRef: string,
    ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      return entityUpdaterFor(credentials, entityRef);
    },

    /** What of the scorecard the caller may see. */
    async scorecardViewer(
      req: Request,
    ): Promise<{ credentials: BackstageCredentials; visibility: Visibility }> {
      return scorecardViewerFor(await caller(req));
    },

    /** A caller holding a basic permission, e.g. the admin permission. */
    async holder(
      req: Request,
      permission: BasicPermission,
      refusal: string,
    ): Promise<BackstageCredentials> {
      return holderFor(await caller(req), permission, refusal);
    },

    /** See {@link mayTouchStoredDataFor}. */
    mayTouchStoredData: mayTouchStoredDataFor,

    /**
     * The same checks for credentials that did not come with an HTTP request
     * of ours (an action invoked through the actions registry carries the
     * caller's credentials): the same refusals, the same messages.
     */
    forCredentials: {
      modelReader: modelReaderFor,
      entityReader: entityReaderFor,
      /** Only a signed-in user may update; a service acting alone may not. */
      async entityUpdater(
        credentials: BackstageCredentials,
        entityRef: string,
      ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
        const { type } = credentials.principal as { type: string };
        if (type !== 'user') {
          throw new NotAllowedError(
            `You may not update the maturity assessment of ${entityRef}: only a signed-in user may, not a ${type} principal`,
          );
        }
        return entityUpdaterFor(
          credentials as BackstageCredentials<BackstageUserPrincipal>,
          entityRef,
        );
      },
      scorecardViewer: scorecardViewerFor,
      holder: holderFor,
    },
  };
}

/** The access checks of {@link createAccess}. */
export type Access = ReturnType<typeof createAccess>;
