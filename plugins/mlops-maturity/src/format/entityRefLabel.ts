import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';

/**
 * A short label for an entity ref in a filter: the name, prefixed by the
 * namespace when it is not the default one.
 */
export function entityRefLabel(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === DEFAULT_NAMESPACE ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}
