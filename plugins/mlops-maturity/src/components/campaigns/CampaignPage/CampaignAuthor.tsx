import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** A user's entity ref as a link; anything else (a service's subject) as it is. */
export function CampaignAuthor(props: { value: string }) {
  try {
    parseEntityRef(props.value);
  } catch {
    return <>{props.value}</>;
  }
  return <EntityRefLink entityRef={props.value} defaultKind="User" />;
}
