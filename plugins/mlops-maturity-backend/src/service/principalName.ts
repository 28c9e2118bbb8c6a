import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who acted, as the plugin records it: a user's entity ref, a service's
 * subject, or else the principal's type (e.g. `none`).
 */
export function principalName(credentials: BackstageCredentials): string {
  // BackstageCredentials types its principal as unknown; these are the
  // fields of the user and service principals.
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return principal.userEntityRef ?? principal.subject ?? principal.type;
}
