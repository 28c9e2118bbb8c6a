import { Entity } from '@backstage/catalog-model';
import { ApiHolder, configApiRef } from '@backstage/core-plugin-api';
import {
  defaultMlServiceSelection,
  isMlServiceEntity,
  readMlServiceSelection,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/**
 * Whether an entity is an ML service, for `EntitySwitch.Case`. Inside an
 * `EntitySwitch` it reads `mlopsMaturity.entities` from the app config;
 * called with the entity alone it uses the default selection (Components of
 * type ml-service, ml-model or ml-pipeline). The annotation
 * `mlops.maturity/enabled` overrides either.
 *
 * @public
 */
export function isMlService(
  entity: Entity,
  context?: { apis: ApiHolder },
): boolean {
  const config = context?.apis.get(configApiRef);
  const selection = config
    ? readMlServiceSelection(config)
    : defaultMlServiceSelection;
  return isMlServiceEntity(entity, selection);
}
