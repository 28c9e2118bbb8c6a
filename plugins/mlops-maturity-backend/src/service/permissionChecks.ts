import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { mlopsMaturityAssessmentReadPermission } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** Whether the caller holds one of the plugin's entity permissions (read, update, review) on an entity. */
export async function allowedOnEntity(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  permission: ResourcePermission<'catalog-entity'>,
  entityRef: string,
): Promise<boolean> {
  const [decision] = await permissions.authorize(
    [{ permission, resourceRef: entityRef }],
    { credentials },
  );
  return decision.result === AuthorizeResult.ALLOW;
}

/** The caller, when allowed to read the model (anything but a DENY of the read permission); 403 otherwise. */
export async function requireModelReader(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<BackstageCredentials> {
  const [decision] = await permissions.authorizeConditional(
    [{ permission: mlopsMaturityAssessmentReadPermission }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.DENY) {
    throw new NotAllowedError('You may not read MLOps maturity assessments');
  }
  return credentials;
}

/** The caller, when holding a basic permission; 403 with `refusal` otherwise. */
export async function requireHolder(
  permissions: PermissionsService,
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
