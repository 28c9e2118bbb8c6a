import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The entity as the caller reads it in the catalog. The catalog answers with
 * the caller's credentials: an entity they may not read is one that does
 * not exist for them (404).
 */
export async function catalogEntity(
  catalog: CatalogService,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const entity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!entity) {
    throw new NotFoundError(`Entity ${entityRef} is not in the catalog`);
  }
  return entity;
}

/**
 * Whether the caller may act on the stored data of an entity ref as an
 * admin: when they may read the entity in the catalog, or when it is not
 * in the catalog at all (its data outlived it). An entity that exists but
 * is hidden from them is not theirs to touch, nor to learn about.
 */
export async function mayTouchStoredData(
  { catalog, auth }: { catalog: CatalogService; auth: AuthService },
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
