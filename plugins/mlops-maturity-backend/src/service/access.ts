import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { Request as ExpressRequest } from 'express';
import { Visibility } from '../visibility/ScorecardVisibility';
import {
  createCredentialAccess,
  CredentialAccessOptions,
  EntityAccess,
  requireSignedInUser,
} from './credentialAccess';

export type { EntityAccess } from './credentialAccess';

/**
 * A request on any of the plugin's routes, whatever the spec types its
 * params, query and body as: only the caller's credentials are read from it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's request
type Request = ExpressRequest<any, any, any, any>;

/** What the access checks need. */
export interface AccessOptions extends CredentialAccessOptions {
  httpAuth: HttpAuthService;
}

/**
 * Who the caller is and what they may do, for every route: reading follows
 * what the catalog lets the caller read, narrowed by the plugin's read
 * permission; writing needs the update permission on the entity. Each
 * request-level check takes the request's credentials and applies the
 * check on credentials of the same name (credentialAccess.ts).
 */
export function createAccess(options: AccessOptions) {
  const { httpAuth } = options;
  const checks = createCredentialAccess(options);

  const caller = (req: Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  return {
    /** The caller of a request: a user or a service. */
    caller,

    /** The signed-in user of a request; 401 for anyone else. */
    user: (req: Request) => httpAuth.credentials(req, { allow: ['user'] }),

    /** A caller allowed to read the model (anything but a DENY of the read permission). */
    async modelReader(req: Request): Promise<BackstageCredentials> {
      return checks.modelReader(await caller(req));
    },

    /** A caller who may read this entity in the catalog and its assessment. */
    async entityReader(
      req: Request,
      entityRef: string,
    ): Promise<EntityAccess<BackstageCredentials>> {
      return checks.entityReader(await caller(req), entityRef);
    },

    /** A signed-in user allowed to update this ML service's assessment. */
    async entityUpdater(
      req: Request,
      entityRef: string,
    ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      return checks.entityUpdater(credentials, entityRef);
    },

    /** What of the scorecard the caller may see. */
    async scorecardViewer(
      req: Request,
    ): Promise<{ credentials: BackstageCredentials; visibility: Visibility }> {
      return checks.scorecardViewer(await caller(req));
    },

    /** A caller holding a basic permission, e.g. the admin permission. */
    async holder(
      req: Request,
      permission: BasicPermission,
      refusal: string,
    ): Promise<BackstageCredentials> {
      return checks.holder(await caller(req), permission, refusal);
    },

    /** Whether the caller may act as an admin on an entity ref's stored data (catalogEntityLookup.ts). */
    mayTouchStoredData: checks.mayTouchStoredData,

    /**
     * The same checks for credentials that did not come with an HTTP request
     * of ours (an action invoked through the actions registry carries the
     * caller's credentials): the same refusals, the same messages.
     */
    forCredentials: {
      modelReader: checks.modelReader,
      entityReader: checks.entityReader,
      /** Only a signed-in user may update; a service acting alone may not. */
      async entityUpdater(
        credentials: BackstageCredentials,
        entityRef: string,
      ): Promise<EntityAccess<BackstageCredentials<BackstageUserPrincipal>>> {
        return checks.entityUpdater(
          requireSignedInUser(credentials, entityRef),
          entityRef,
        );
      },
      scorecardViewer: checks.scorecardViewer,
      holder: checks.holder,
      reviewQueueViewer: checks.reviewQueueViewer,
      entityReviewer: checks.entityReviewer,
      mayReview: checks.mayReview,
    },
  };
}

/** The access checks of {@link createAccess}. */
export type Access = ReturnType<typeof createAccess>;
