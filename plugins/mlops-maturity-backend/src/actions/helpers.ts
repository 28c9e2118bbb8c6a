import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { AuditOrigin } from '../service/audit';
import { entityRefFromParams } from '../validation/assessmentRequests';

/** The entity ref an action names, validated as the API validates a path. */
export function entityRefInput(value: string, field = 'entityRef'): string {
  let parsed;
  try {
    parsed = parseEntityRef(value, {
      defaultKind: 'component',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(
      `${field}: "${value}" is not an entity ref like component:default/name`,
    );
  }
  return entityRefFromParams(parsed, field);
}

/** The link to an entity's Maturity tab in the app. */
export function maturityTabUrl(appBaseUrl: string, entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `${appBaseUrl}/catalog/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(kind)}/${encodeURIComponent(name)}/maturity`;
}

/** Where an action's audit event came from: the caller's credentials. */
export const actionOrigin = (
  credentials: BackstageCredentials,
): AuditOrigin => ({
  action: credentials,
});
