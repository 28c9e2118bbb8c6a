import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Read assessments, history and the scorecard.
 *
 * @public
 */
export const mlopsMaturityAssessmentReadPermission = createPermission({
  name: 'mlops.maturity.assessment.read',
  attributes: { action: 'read' },
});

/**
 * Submit an assessment or edit the draft of one catalog entity. A resource
 * permission on the entity, so a policy can allow owners only with the
 * catalog's `isEntityOwner` rule.
 *
 * @public
 */
export const mlopsMaturityAssessmentUpdatePermission = createPermission({
  name: 'mlops.maturity.assessment.update',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Every permission of the plugin, for registration with the permission
 * framework.
 *
 * @public
 */
export const mlopsMaturityPermissions = [
  mlopsMaturityAssessmentReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
];
